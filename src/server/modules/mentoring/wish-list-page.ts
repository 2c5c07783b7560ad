/** The read-only wish-list page sent to trusted colleagues: standalone HTML, no scripts, escaped. */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Page = { ownerName: string; lookingFor: string | null; skills: string | null; challenges: string | null; industry: string | null; why: string | null };

export function wishListPage(w: Page | null): string {
  let body: string;
  if (!w) {
    body = '<h1>Wish list not found</h1><p>This link is not valid any more. Ask the person who sent it for a new one.</p>';
  } else {
    const rows: [string, string | null][] = [
      ['Who I am looking for', w.lookingFor],
      ['Skills they have honed', w.skills],
      ['Challenges they have overcome', w.challenges],
      ['Industry', w.industry],
      ['Why', w.why],
    ];
    const filled = rows.filter(([, v]) => v);
    body =
      `<h1>${escape(w.ownerName)} is looking for a mentor</h1>` +
      '<p>If you know someone who fits, an introduction would mean a lot. Someone unlike them is welcome too: another industry, age or background, as long as they have the skill.</p>' +
      (filled.length
        ? `<dl>${filled.map(([k, v]) => `<dt>${k}</dt><dd>${escape(v!).replace(/\n/g, '<br>')}</dd>`).join('')}</dl>`
        : '<p>The wish list is still empty.</p>') +
      '<p class="foot">Shared from Trellis. Reply to the e-mail this link came with to make an introduction.</p>';
  }
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="robots" content="noindex"><title>Mentor wish list · Trellis</title>' +
    '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#222;line-height:1.5}h1{font-size:1.6rem;line-height:1.25}' +
    'dt{font-weight:600;margin-top:1rem}dd{margin:0.25rem 0 0}.foot{margin-top:2rem;color:#666;font-size:.9rem}</style></head>' +
    `<body>${body}</body></html>`
  );
}
