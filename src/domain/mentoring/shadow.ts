/**
 * Shadow-a-day (seed 002: "invite your mentee to shadow you for the day ... of course, you have
 * to get approval from your clients and colleagues first"). The request's state machine, pure.
 */

export const SHADOW_STATUSES = ['requested', 'accepted', 'declined', 'withdrawn', 'cancelled'] as const;
export type ShadowStatus = (typeof SHADOW_STATUSES)[number];
export type ShadowActor = 'mentee' | 'mentor';
export type ShadowMove =
  | { kind: 'accept'; date: string; approvalConfirmed: boolean; note: string | null }
  | { kind: 'decline'; message: string | null }
  | { kind: 'withdraw' }
  | { kind: 'cancel' };

export type ShadowState = { status: ShadowStatus; mentorOnTrellis: boolean; proposedDates: readonly string[] };
export type ShadowPlan = {
  status: ShadowStatus;
  chosenDate?: string | null;
  approvalConfirmed?: boolean;
  mentorNote?: string | null;
  declineMessage?: string | null;
};
export type ShadowError = { status: 400 | 409; code: string; message: string; path?: string };

export const KIND_DECLINE =
  'Thank you for asking. I can’t host a shadow day right now, but I’m glad you want to see the work up close. Let’s talk about other ways I can help at our next meeting.';

/**
 * Who may do what:
 * - answering (accept/decline) a request is the mentor's when they are on Trellis, and the
 *   mentee's (recording what the mentor said) when the mentor is external;
 * - accepting needs a date and the confirmation that clients/colleagues approved;
 * - the mentee withdraws a request not yet answered; either side cancels an accepted day.
 */
export function planShadowMove(state: ShadowState, actor: ShadowActor, move: ShadowMove, today: string): { ok: true; plan: ShadowPlan } | { ok: false; error: ShadowError } {
  const illegal = (message: string): { ok: false; error: ShadowError } => ({ ok: false, error: { status: 409, code: 'illegal_shadow_move', message } });
  switch (move.kind) {
    case 'accept':
    case 'decline': {
      if (state.status !== 'requested') return illegal(`This request is ${state.status}; only a request waiting for an answer can be ${move.kind === 'accept' ? 'accepted' : 'declined'}.`);
      const answerer: ShadowActor = state.mentorOnTrellis ? 'mentor' : 'mentee';
      if (actor !== answerer)
        return illegal(state.mentorOnTrellis ? 'Your mentor is on Trellis and answers this request themselves.' : 'Only your mentee records the answer of a mentor who is not on Trellis.');
      if (move.kind === 'decline') return { ok: true, plan: { status: 'declined', declineMessage: move.message?.trim() || KIND_DECLINE } };
      if (!move.approvalConfirmed)
        return { ok: false, error: { status: 400, code: 'validation_error', path: 'approvalConfirmed', message: 'Confirm that your clients and colleagues approved the visit' } };
      if (move.date < today) return { ok: false, error: { status: 400, code: 'validation_error', path: 'date', message: 'Choose a day that has not passed' } };
      return { ok: true, plan: { status: 'accepted', chosenDate: move.date, approvalConfirmed: true, mentorNote: move.note?.trim() || null } };
    }
    case 'withdraw':
      if (actor !== 'mentee') return illegal('Only the mentee withdraws a request.');
      if (state.status !== 'requested') return illegal(`This request is ${state.status}; only a request waiting for an answer can be withdrawn.`);
      return { ok: true, plan: { status: 'withdrawn' } };
    case 'cancel':
      if (state.status !== 'accepted') return illegal(`This request is ${state.status}; only an accepted day can be cancelled.`);
      return { ok: true, plan: { status: 'cancelled' } };
  }
}

/** Proposed dates: distinct, sorted, none in the past. */
export function normaliseProposedDates(dates: readonly string[]) {
  return [...new Set(dates)].sort();
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** An accepted day's two steps on the mentee's Today: prepare the day before, thank the day after. */
export function shadowSteps(chosenDate: string, today: string) {
  const prepare = addDays(chosenDate, -1);
  return { prepareOn: prepare < today ? today : prepare, thankOn: addDays(chosenDate, 1) };
}
