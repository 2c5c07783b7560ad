import { classifyDue, todayIn } from './local-time';
import type { IsoDate } from './vocabulary';

/**
 * The promises ledger. The rule behind every next step: the loop is owned by
 * the person who established the need. When someone offers the user help,
 * the user needs it, so the user coordinates, follows up and thanks. When the
 * user promises something, the other person needs it, so the user delivers
 * and the other person closes the loop.
 */

export type CommitmentDirection = 'they_offered' | 'i_promised';
export type CommitmentState = 'open' | 'nudged' | 'done' | 'thanked' | 'dropped';

export interface Commitment {
  direction: CommitmentDirection;
  state: CommitmentState;
  /** The other party: who offered, or to whom the user promised. */
  contactId: string;
  contactName: string;
  /**
   * A verb phrase from the user's point of view: "introduce you to Raj" (they
   * offered) or "send your portfolio to Lee" (you promised).
   */
  what: string;
  dueDate?: IsoDate | null;
  /** Set when the offer is an introduction: who the user will be introduced to. */
  introducedContactId?: string | null;
  introducedName?: string | null;
  /** Set when this commitment came out of an introduction: who made it. */
  introducerContactId?: string | null;
  introducerName?: string | null;
  introducerThankedAt?: Date | null;
  nudgeCount?: number;
  nudgedAt?: Date | null;
  doneAt?: Date | null;
  thankedAt?: Date | null;
  droppedAt?: Date | null;
  droppedReason?: string | null;
}

export type CommitmentAction =
  | { type: 'nudge' }
  | { type: 'complete' }
  | { type: 'thank' }
  | { type: 'drop'; reason: string }
  | { type: 'reopen' }
  /** Records that the introducer heard the introduction paid off; the state does not change. */
  | { type: 'thank_introducer' };
export type CommitmentActionType = CommitmentAction['type'];

export type TransitionError =
  | { code: 'illegal_transition'; from: CommitmentState; action: CommitmentActionType; message: string }
  | { code: 'reason_required'; from: CommitmentState; action: 'drop'; message: string }
  | { code: 'no_introducer'; from: CommitmentState; action: 'thank_introducer'; message: string };

export type TransitionResult = { ok: true; commitment: Commitment } | { ok: false; error: TransitionError };

/**
 * Legal moves. 'nudge' may repeat (each nudge is counted); 'thank' closes a
 * fulfilled commitment in either direction (for i_promised it records that
 * they thanked the user); only a dropped commitment can be reopened.
 */
export const TRANSITIONS: Readonly<Record<CommitmentActionType, Partial<Record<CommitmentState, CommitmentState>>>> = {
  nudge: { open: 'nudged', nudged: 'nudged' },
  complete: { open: 'done', nudged: 'done' },
  thank: { done: 'thanked' },
  drop: { open: 'dropped', nudged: 'dropped' },
  reopen: { dropped: 'open' },
  thank_introducer: { done: 'done', thanked: 'thanked' },
};

export function transition(commitment: Commitment, action: CommitmentAction, now: Date): TransitionResult {
  const from = commitment.state;
  const to = TRANSITIONS[action.type][from];
  const alreadyThankedIntroducer = action.type === 'thank_introducer' && commitment.introducerThankedAt;
  if (!to || alreadyThankedIntroducer) {
    return {
      ok: false,
      error: {
        code: 'illegal_transition',
        from,
        action: action.type,
        message: alreadyThankedIntroducer
          ? 'The introducer has already been thanked'
          : `Cannot ${action.type.replace('_', ' ')} a commitment that is ${from}`,
      },
    };
  }
  switch (action.type) {
    case 'nudge':
      return {
        ok: true,
        commitment: { ...commitment, state: to, nudgedAt: now, nudgeCount: (commitment.nudgeCount ?? 0) + 1 },
      };
    case 'complete':
      return { ok: true, commitment: { ...commitment, state: to, doneAt: now } };
    case 'thank':
      return { ok: true, commitment: { ...commitment, state: to, thankedAt: now } };
    case 'drop': {
      const reason = action.reason?.trim() ?? '';
      if (!reason) {
        return {
          ok: false,
          error: { code: 'reason_required', from, action: 'drop', message: 'Say why the commitment is dropped' },
        };
      }
      return { ok: true, commitment: { ...commitment, state: to, droppedAt: now, droppedReason: reason } };
    }
    case 'reopen':
      return { ok: true, commitment: { ...commitment, state: to, droppedAt: null, droppedReason: null } };
    case 'thank_introducer':
      if (!hasIntroducer(commitment)) {
        return {
          ok: false,
          error: { code: 'no_introducer', from, action: 'thank_introducer', message: 'No one introduced you here' },
        };
      }
      return { ok: true, commitment: { ...commitment, introducerThankedAt: now } };
  }
}

export type StepOwner = 'me' | 'them';
export type StepAction = 'coordinate' | 'follow_up' | 'wait' | 'thank' | 'thank_introducer' | 'deliver' | 'close_loop';

export interface NextStep {
  owner: StepOwner;
  action: StepAction;
  /** Whom the step is about (the introducer for 'thank_introducer'). */
  contactId: string;
  title: string;
  dueDate: IsoDate | null;
}

export interface StepClock {
  now: Date;
  timeZone: string;
}

/** After a nudge, give the other person this long before the follow-up is the user's again. */
export const FOLLOW_UP_AFTER_NUDGE_DAYS = 7;

const DAY_MS = 86_400_000;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isOverdue(c: Commitment, clock: StepClock | undefined): boolean {
  if (!clock || !c.dueDate) return false;
  return classifyDue(c.dueDate, todayIn(clock.timeZone, clock.now)) === 'overdue';
}

function waitingAfterNudge(c: Commitment, clock: StepClock | undefined): boolean {
  if (c.state !== 'nudged') return false;
  if (!clock || !c.nudgedAt) return true;
  return clock.now.getTime() - c.nudgedAt.getTime() < FOLLOW_UP_AFTER_NUDGE_DAYS * DAY_MS;
}

function theyOfferedSteps(c: Commitment, clock: StepClock | undefined): NextStep[] {
  const offer = `${c.contactName} offered to ${c.what}`;
  const due = c.dueDate ?? null;
  const step = (owner: StepOwner, action: StepAction, title: string, contactId = c.contactId): NextStep => ({
    owner,
    action,
    contactId,
    title,
    dueDate: due,
  });
  switch (c.state) {
    case 'open':
      return isOverdue(c, clock)
        ? [step('me', 'follow_up', `Follow up with ${c.contactName}: they offered to ${c.what}`)]
        : [step('me', 'coordinate', `Coordinate: ${offer}`)];
    case 'nudged':
      return waitingAfterNudge(c, clock)
        ? [step('them', 'wait', `Waiting on ${c.contactName}: they offered to ${c.what}`)]
        : [step('me', 'follow_up', `Follow up again with ${c.contactName}: they offered to ${c.what}`)];
    case 'done': {
      const steps: NextStep[] = [
        {
          ...step(
            'me',
            'thank',
            c.introducedName
              ? `Thank ${c.contactName} for the introduction to ${c.introducedName}`
              : `Thank ${c.contactName} for following through: ${c.what}`,
          ),
          dueDate: null,
        },
      ];
      steps.push(...introducerSteps(c));
      return steps;
    }
    case 'thanked':
      return introducerSteps(c);
    case 'dropped':
      return [];
  }
}

function hasIntroducer(c: Commitment): boolean {
  return !!c.introducerContactId && c.introducerContactId !== c.contactId;
}

/**
 * When something that came out of an introduction pays off, the introducer
 * deserves to hear about it. Tracked separately from the main thank-you so
 * it survives the move to 'thanked'.
 */
function introducerSteps(c: Commitment): NextStep[] {
  if (!hasIntroducer(c) || !c.introducerContactId || c.introducerThankedAt) return [];
  const introducer = c.introducerName ?? 'the person who introduced you';
  return [
    {
      owner: 'me',
      action: 'thank_introducer',
      contactId: c.introducerContactId,
      title: `Thank ${introducer} for the introduction to ${c.contactName}: it led somewhere`,
      dueDate: null,
    },
  ];
}

function iPromisedSteps(c: Commitment, clock: StepClock | undefined): NextStep[] {
  const due = c.dueDate ?? null;
  switch (c.state) {
    case 'open':
    case 'nudged': {
      const reminded = c.state === 'nudged' ? `, ${c.contactName} reminded you` : '';
      const prefix = isOverdue(c, clock) ? 'Overdue: ' : '';
      return [
        {
          owner: 'me',
          action: 'deliver',
          contactId: c.contactId,
          title: `${prefix}${capitalize(c.what)} (you promised${reminded})`,
          dueDate: due,
        },
      ];
    }
    case 'done':
      // They established the need, so closing the loop is theirs.
      return [
        {
          owner: 'them',
          action: 'close_loop',
          contactId: c.contactId,
          title: `Delivered: ${c.what}. ${c.contactName} closes the loop`,
          dueDate: null,
        },
      ];
    case 'thanked':
    case 'dropped':
      return [];
  }
}

/**
 * Every pending step, the primary one first. Pass a clock to get overdue and
 * follow-up-after-nudge behaviour; without one, due dates are not judged.
 */
export function nextStepsFor(commitment: Commitment, clock?: StepClock): NextStep[] {
  return commitment.direction === 'they_offered'
    ? theyOfferedSteps(commitment, clock)
    : iPromisedSteps(commitment, clock);
}

/** The primary next step, or null once the loop is closed (thanked) or dropped. */
export function nextStepFor(commitment: Commitment, clock?: StepClock): NextStep | null {
  return nextStepsFor(commitment, clock)[0] ?? null;
}
