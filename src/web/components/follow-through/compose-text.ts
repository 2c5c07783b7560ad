/** Helpers of the template composer: placeholders left in the text, and a mailto: with edited text. */

const PLACEHOLDER = /\[([A-Za-z][A-Za-z0-9_]*)\]/g;

/** Merge fields the render left as "[topic]" and the user has not filled in yet. */
export function openPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** Rebuild the server's mailto: link (it knows the address) with the text as edited. */
export function mailtoWith(mailto: string | null, subject: string | null, body: string): string | null {
  if (!mailto) return null;
  const address = mailto.split('?')[0] ?? 'mailto:';
  const params: string[] = [];
  if (subject) params.push(`subject=${encodeURIComponent(subject)}`);
  params.push(`body=${encodeURIComponent(body)}`);
  return `${address}?${params.join('&')}`;
}
