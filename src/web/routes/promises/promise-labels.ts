import type { CommitmentResponse } from '../../../domain/follow-through/api';
import { TRANSITIONS } from '../../../domain/follow-through/commitments';
import type { CommitmentActionSegment } from '../../api/follow-through';

export const STATE_META: Record<CommitmentResponse['state'], { label: string; color: string }> = {
  open: { label: 'Open', color: 'blue' },
  nudged: { label: 'Nudged', color: 'yellow' },
  done: { label: 'Done', color: 'teal' },
  thanked: { label: 'Thanked', color: 'green' },
  dropped: { label: 'Dropped', color: 'gray' },
};

/** Closed: nothing left to do for anyone. */
export const isClosed = (c: CommitmentResponse) => c.state === 'thanked' || c.state === 'dropped' || (c.state === 'done' && c.nextSteps.length === 0);

type Offered = { action: CommitmentActionSegment | 'drop'; label: string };

/** The moves the state machine allows from here, in the words of the direction. */
export function allowedActions(c: CommitmentResponse): Offered[] {
  const they = c.direction === 'they_offered';
  const out: Offered[] = [];
  const can = (a: keyof typeof TRANSITIONS) => Boolean(TRANSITIONS[a][c.state]);
  if (can('complete')) out.push({ action: 'complete', label: they ? 'They did it' : 'I delivered' });
  if (can('nudge')) out.push({ action: 'nudge', label: they ? (c.nudgeCount ? `I nudged again (${c.nudgeCount} so far)` : 'I nudged them') : 'They reminded me' });
  if (can('thank')) out.push({ action: 'thank', label: they ? 'I thanked them' : 'They thanked me' });
  if (c.introducerContact && !c.introducerThankedAt && can('thank_introducer')) {
    out.push({ action: 'thank-introducer', label: `Thanked ${c.introducerContact.displayName}` });
  }
  if (can('reopen')) out.push({ action: 'reopen', label: 'Reopen' });
  if (can('drop')) out.push({ action: 'drop', label: 'Drop…' });
  return out;
}
