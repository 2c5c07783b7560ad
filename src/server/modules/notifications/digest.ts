import type { FollowUpItem } from '../../../domain/follow-through/api';
import type { DigestPreview } from '../../../domain/notifications/api';

export type DigestData = { overdue: FollowUpItem[]; today: FollowUpItem[]; upcoming: FollowUpItem[] };
export type DigestFrequency = 'daily' | 'weekly';
export type ComposedDigest = Omit<DigestPreview, 'to'>;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Long lists stay readable in a mail client; the rest is one click away on Today. */
const MAX_PER_SECTION = 25;

function section(title: string, items: FollowUpItem[], appUrl: string) {
  const shown = items.slice(0, MAX_PER_SECTION);
  const more = items.length - shown.length;
  const line = (i: FollowUpItem) => {
    const who = i.contact ? ` (${i.contact.displayName})` : '';
    const prompt = i.prompt ? `\n    ${i.prompt.replace(/\s+/g, ' ').trim()}` : '';
    return `  - ${i.title}${who}, due ${i.dueDate}${prompt}`;
  };
  const text = [`${title} (${items.length})`, ...shown.map(line), ...(more > 0 ? [`  …and ${more} more`] : [])].join('\n');
  const li = (i: FollowUpItem) => {
    const who = i.contact
      ? ` <span style="color:#555">· <a href="${esc(`${appUrl}/network/contacts/${i.contact.id}`)}">${esc(i.contact.displayName)}</a></span>`
      : '';
    const prompt = i.prompt ? `<br><span style="color:#555">${esc(i.prompt)}</span>` : '';
    return `<li><strong>${esc(i.title)}</strong>${who} <span style="color:#888">due ${esc(i.dueDate)}</span>${prompt}</li>`;
  };
  const html =
    `<h3 style="margin:16px 0 4px">${esc(title)} (${items.length})</h3><ul>${shown.map(li).join('')}` +
    `${more > 0 ? `<li><a href="${esc(`${appUrl}/`)}">…and ${more} more</a></li>` : ''}</ul>`;
  return { text, html };
}

/** The digest mail from the Today buckets; `wouldSend` is false when nothing is due. */
export function composeDigest(opts: { name: string; frequency: DigestFrequency; data: DigestData; appUrl: string }): ComposedDigest {
  const { overdue, today, upcoming } = opts.data;
  const counts = { overdue: overdue.length, today: today.length, upcoming: upcoming.length };
  const wouldSend = counts.overdue + counts.today + counts.upcoming > 0;
  const parts = [
    counts.overdue ? `${counts.overdue} overdue` : null,
    counts.today ? `${counts.today} due today` : null,
    counts.upcoming ? `${counts.upcoming} coming up` : null,
  ].filter(Boolean);
  const label = opts.frequency === 'weekly' ? 'Your week in Trellis' : 'Your Trellis digest';
  const subject = wouldSend ? `${label}: ${parts.join(', ')}` : `${label}: nothing due`;
  const sections = [
    overdue.length ? section('Overdue', overdue, opts.appUrl) : null,
    today.length ? section('Today', today, opts.appUrl) : null,
    upcoming.length ? section('Coming up', upcoming, opts.appUrl) : null,
  ].filter((s): s is { text: string; html: string } => s !== null);
  const todayUrl = `${opts.appUrl}/`;
  const text = [
    `Hi ${opts.name},`,
    '',
    wouldSend ? 'Here is who and what is waiting on you:' : 'Nothing is due. Enjoy the quiet.',
    '',
    ...sections.map((s) => `${s.text}\n`),
    `Open Today: ${todayUrl}`,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;line-height:1.4;color:#222">',
    `<p>Hi ${esc(opts.name)},</p>`,
    `<p>${wouldSend ? 'Here is who and what is waiting on you:' : 'Nothing is due. Enjoy the quiet.'}</p>`,
    ...sections.map((s) => s.html),
    `<p><a href="${esc(todayUrl)}">Open Today in Trellis</a></p>`,
    '</body></html>',
  ].join('\n');
  return { wouldSend, subject, text, html, counts };
}
