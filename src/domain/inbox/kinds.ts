/**
 * What an inbox item can be about. Each kind can be muted in-app by its recipient (a muted kind is
 * not stored at all). The order is the order of the preferences in Settings.
 */
export const INBOX_KINDS = [
  'mentor_request',
  'request_accepted',
  'request_declined',
  'request_withdrawn',
  'thread_post',
  'goal_comment',
  'application_cleared',
  'match_published',
  'match_approval',
  'invitation_accepted',
  'due_today',
  'event_place',
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

export const INBOX_KIND_LABELS: Record<InboxKind, { label: string; description: string }> = {
  mentor_request: { label: 'New mentoring requests', description: 'Someone asks you to be their mentor.' },
  request_accepted: { label: 'Requests accepted', description: 'A mentor said yes to your request.' },
  request_declined: { label: 'Requests declined', description: 'A mentor answered no, with their message.' },
  request_withdrawn: { label: 'Requests withdrawn', description: 'A mentee took back a request they sent you.' },
  thread_post: { label: 'Questions between meetings', description: 'A new question, answer or shared link in a mentoring thread.' },
  goal_comment: { label: 'Comments on your goals', description: 'A mentor commented on a goal you shared.' },
  application_cleared: { label: 'Mentor screening', description: 'Your screening for a program is complete.' },
  match_published: { label: 'Program matches', description: 'A program published your match (or your child’s).' },
  match_approval: { label: 'Matches to approve', description: 'A mentor said yes to a mentee in a program you coordinate, and the match waits for your approval.' },
  invitation_accepted: { label: 'Invitations accepted', description: 'Someone you invited joined your program.' },
  due_today: { label: 'Daily “due today”', description: 'At your digest hour (or 08:00): how many things wait on Today.' },
  event_place: { label: 'Event places', description: 'A place opened up at an event you (or your child) were waitlisted for.' },
};

/** In-app paths only: one leading slash, never a scheme or a protocol-relative `//host`. */
export const isInAppLink = (link: string) => /^\/(?![/\\])[^\s]*$/.test(link) && link.length <= 500;

export const TITLE_MAX = 200;
export const BODY_MAX = 400;

/** Cuts at a word boundary and adds an ellipsis; whitespace runs become one space. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
