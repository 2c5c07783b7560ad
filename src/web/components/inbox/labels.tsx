import { IconBellRinging, IconCalendarCheck, IconTicket, IconCheck, IconChecklist, IconHeartHandshake, IconMessageCircle, IconShieldCheck, IconTarget, IconUserPlus, IconUsersGroup, IconX, IconArrowBackUp } from '@tabler/icons-react';
import type { InboxKind } from '../../../domain/inbox/kinds';

export const KIND_ICON: Record<InboxKind, { icon: typeof IconBellRinging; color: string }> = {
  mentor_request: { icon: IconHeartHandshake, color: 'teal' },
  request_accepted: { icon: IconCheck, color: 'green' },
  request_declined: { icon: IconX, color: 'gray' },
  request_withdrawn: { icon: IconArrowBackUp, color: 'gray' },
  thread_post: { icon: IconMessageCircle, color: 'blue' },
  goal_comment: { icon: IconTarget, color: 'grape' },
  application_cleared: { icon: IconShieldCheck, color: 'green' },
  match_published: { icon: IconUsersGroup, color: 'indigo' },
  match_approval: { icon: IconChecklist, color: 'orange' },
  invitation_accepted: { icon: IconUserPlus, color: 'cyan' },
  due_today: { icon: IconCalendarCheck, color: 'orange' },
  event_place: { icon: IconTicket, color: 'teal' },
};

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "5 minutes ago", "yesterday", "3 weeks ago". */
export function ago(iso: string, now = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return unit === 'second' ? 'just now' : rtf.format(Math.round(value), unit);
    value /= size;
  }
  return new Date(iso).toLocaleDateString();
}
