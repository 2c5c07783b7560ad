/** A tiny standalone page: no scripts (the app's CSP forbids inline ones), the form posts to the same URL. */
export function unsubscribePage(state: 'confirm' | 'done' | 'unknown'): string {
  const body = {
    confirm:
      '<h1>Unsubscribe from the Trellis digest?</h1><p>You will stop getting the daily or weekly digest e-mail. ' +
      'You can switch it back on in Trellis settings at any time.</p>' +
      '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>',
    done: '<h1>You are unsubscribed</h1><p>Trellis will not send you the digest any more. You can switch it back on in Trellis settings.</p>',
    unknown: '<h1>Link not found</h1><p>This unsubscribe link is not valid. Open Trellis settings to change your e-mail preferences.</p>',
  }[state];
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="robots" content="noindex"><title>Trellis e-mail preferences</title>' +
    '<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}' +
    'button{font-size:1rem;padding:.5rem 1rem;cursor:pointer}</style></head>' +
    `<body>${body}</body></html>`
  );
}
