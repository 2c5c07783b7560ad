import type { InterviewSummary } from '../../../domain/interviews/api';
import { STAGE_LABELS, type Stage } from '../../../domain/interviews/stages';

export { STAGE_LABELS };

export const STAGE_COLORS: Record<Stage, string> = {
  prospect: 'gray',
  asked: 'blue',
  scheduled: 'indigo',
  held: 'teal',
  thanked: 'green',
  keeping_in_touch: 'cyan',
  potential_mentor: 'yellow',
  asked_to_mentor: 'orange',
  mentor: 'grape',
  declined: 'red',
  closed: 'dark',
};

/** What a column is for, shown under its title and in its empty state. */
export const STAGE_HINTS: Record<Stage, string> = {
  prospect: 'People you would like to learn from. Ask for 5–10 minutes.',
  asked: 'Waiting for an answer. Follow up if you hear nothing.',
  scheduled: 'Prepare a handful of questions, then let it flow.',
  held: 'Reflect, and send the thank-you with a recap.',
  thanked: 'Thanked. Reach out again in about two months.',
  keeping_in_touch: 'Share what you did with their advice.',
  potential_mentor: 'Starred: the conversations that flowed best.',
  asked_to_mentor: 'You asked; give them time to answer.',
  mentor: 'They mentor you now.',
  declined: 'They said no, or not now.',
  closed: 'Closed for now.',
};

/** The button label for moving an interview to a stage. */
export const MOVE_LABELS: Record<Stage, string> = {
  prospect: 'Back to prospect',
  asked: 'Mark asked',
  scheduled: 'Schedule',
  held: 'Mark held',
  thanked: 'Mark thanked',
  keeping_in_touch: 'Keeping in touch',
  potential_mentor: 'Star as potential mentor',
  asked_to_mentor: 'Asked to mentor',
  mentor: 'Now my mentor',
  declined: 'They declined',
  closed: 'Close',
};

/** Moves that ask for something first (a time, a reason, a follow-up date). */
export const NEEDS_INPUT: readonly Stage[] = ['asked', 'scheduled', 'held', 'declined', 'closed'];

const whenFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

export const formatWhen = (iso: string) => whenFormat.format(new Date(iso));
export const formatDay = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** One line about where the interview stands in time. */
export function timeLine(iv: InterviewSummary): string | null {
  if (iv.stage === 'scheduled' && iv.scheduledAt) return `${formatWhen(iv.scheduledAt)}${iv.location ? ` · ${iv.location}` : ''}`;
  if (iv.stage === 'asked' && iv.followUpOn) return `${iv.followUpDue ? 'Follow up now' : 'Follow up'} ${formatDay(iv.followUpOn)}`;
  if (iv.heldAt) return `Talked ${formatWhen(iv.heldAt)}`;
  return null;
}

/** The reopen target of a declined/closed interview, or the moves shown as buttons. */
export const isEnd = (s: Stage) => s === 'declined' || s === 'closed';
