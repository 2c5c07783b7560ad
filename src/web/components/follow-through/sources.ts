import { IconArrowBackUp, IconBriefcase, IconBulb, IconEye, IconPlant2, IconCake, IconChecklist, IconHeartHandshake, IconHandStop, IconMailHeart, IconMessageQuestion, IconRefresh, IconPin, type Icon } from '@tabler/icons-react';
import type { FollowUpItem } from '../../../domain/follow-through/api';

type Source = FollowUpItem['source'];

export const SOURCE_META: Record<Source, { label: string; icon: Icon; color: string }> = {
  cadence: { label: 'Keep in touch', icon: IconRefresh, color: 'teal' },
  commitment: { label: 'Promise', icon: IconHeartHandshake, color: 'grape' },
  thank_you: { label: 'Thank-you', icon: IconMailHeart, color: 'pink' },
  reach_out: { label: 'Reach out again', icon: IconArrowBackUp, color: 'blue' },
  occasion: { label: 'Occasion', icon: IconCake, color: 'orange' },
  share: { label: 'Share something useful', icon: IconBulb, color: 'yellow' },
  action_item: { label: 'Action item', icon: IconChecklist, color: 'indigo' },
  interview: { label: 'Informational interview', icon: IconMessageQuestion, color: 'cyan' },
  interview_prep: { label: 'Job interview', icon: IconBriefcase, color: 'violet' },
  shadow: { label: 'Shadow a day', icon: IconEye, color: 'lime' },
  mentorship: { label: 'Mentorship', icon: IconPlant2, color: 'green' },
  job_listing: { label: 'Job application', icon: IconBriefcase, color: 'teal' },
  manual: { label: 'Reminder', icon: IconPin, color: 'gray' },
};

export const SkipIcon = IconHandStop;

const DAY = 86_400_000;
const parse = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Whole days from `today` to `date`, both 'YYYY-MM-DD'. */
export const daysFrom = (today: string, date: string) => Math.round((parse(date) - parse(today)) / DAY);

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "3 days overdue", "yesterday", "today", "tomorrow", "Friday", "12 Mar". */
export function dueLabel(today: string, date: string): string {
  const d = daysFrom(today, date);
  if (d < -1) return `${-d} days overdue`;
  if (d === -1) return '1 day overdue';
  if (d === 0) return 'Due today';
  if (d === 1) return 'Tomorrow';
  if (d < 7) return weekday.format(parse(date));
  return formatIsoDate(date);
}

export const formatIsoDate = (date: string) => short.format(parse(date));

/** 'YYYY-MM-DD' of today + n days, in the browser's zone. */
export function localIsoDate(offsetDays = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The date after an ISO date, for min= of a date input. */
export function nextDay(date: string): string {
  const d = new Date(parse(date) + DAY);
  return d.toISOString().slice(0, 10);
}
