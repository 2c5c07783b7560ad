/**
 * The informational-interview pipeline and its rules. Pure: the service loads the interview,
 * asks `planMove` whether a move is allowed and what it changes, and writes the answer.
 */
export const PIPELINE_STAGES = [
  'prospect',
  'asked',
  'scheduled',
  'held',
  'thanked',
  'keeping_in_touch',
  'potential_mentor',
  'asked_to_mentor',
  'mentor',
] as const;
export const END_STAGES = ['declined', 'closed'] as const;
export const STAGES = [...PIPELINE_STAGES, ...END_STAGES] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  prospect: 'Prospect',
  asked: 'Asked',
  scheduled: 'Scheduled',
  held: 'Held',
  thanked: 'Thanked',
  keeping_in_touch: 'Keeping in touch',
  potential_mentor: 'Potential mentor',
  asked_to_mentor: 'Asked to mentor',
  mentor: 'Mentor',
  declined: 'Declined',
  closed: 'Closed',
};

/**
 * Legal moves. Before the conversation the first three stages may go back and forth (a meeting
 * can be cancelled, a prospect asked again); once held, the conversation is in the interaction
 * log, so the interview never goes back before held. Declined and closed reopen to the stage
 * they were entered from.
 */
export const MOVES: Readonly<Record<Stage, readonly Stage[]>> = {
  prospect: ['asked', 'scheduled', 'held', 'declined', 'closed'],
  asked: ['prospect', 'scheduled', 'held', 'declined', 'closed'],
  scheduled: ['asked', 'scheduled', 'held', 'declined', 'closed'],
  held: ['thanked', 'keeping_in_touch', 'potential_mentor', 'closed'],
  thanked: ['keeping_in_touch', 'potential_mentor', 'closed'],
  keeping_in_touch: ['potential_mentor', 'closed'],
  potential_mentor: ['keeping_in_touch', 'asked_to_mentor', 'closed'],
  asked_to_mentor: ['mentor', 'potential_mentor', 'keeping_in_touch', 'declined', 'closed'],
  mentor: ['keeping_in_touch', 'closed'],
  declined: [],
  closed: [],
};

/** The usual next step from each stage, for a one-click "move forward". */
export const NEXT_STAGE: Readonly<Partial<Record<Stage, Stage>>> = {
  prospect: 'asked',
  asked: 'scheduled',
  scheduled: 'held',
  held: 'thanked',
  thanked: 'keeping_in_touch',
  keeping_in_touch: 'potential_mentor',
  potential_mentor: 'asked_to_mentor',
  asked_to_mentor: 'mentor',
};

export const isEndStage = (s: Stage) => (END_STAGES as readonly Stage[]).includes(s);
/** Held or later in the pipeline: the conversation has happened. */
export const hasBeenHeld = (s: { heldAt: Date | null }) => s.heldAt !== null;

export type InterviewState = {
  stage: Stage;
  scheduledAt: Date | null;
  heldAt: Date | null;
  /** For declined/closed: the stage it was in before, where reopening returns it. */
  previousStage: Stage | null;
};

export type MoveInput = {
  to: Stage;
  scheduledAt?: Date | null;
  heldAt?: Date | null;
  /** asked: when to follow up if there is no answer (YYYY-MM-DD). */
  followUpOn?: string | null;
  reason?: string | null;
};

export type MoveError = { status: 400 | 409; code: string; message: string; errors?: { path: string; message: string }[] };

export type MovePlan = {
  from: Stage;
  to: Stage;
  scheduledAt: Date | null;
  heldAt: Date | null;
  followUpOn: string | null | undefined;
  closedReason: string | null;
  /** True when this move is the conversation happening: the caller logs the interaction. */
  logsInteraction: boolean;
  reopening: boolean;
};

export type MoveResult = { ok: true; plan: MovePlan } | { ok: false; error: MoveError };

/** A clock skew allowance: "held" a minute before the scheduled time is still held. */
const GRACE_MS = 5 * 60_000;

export function allowedMoves(state: InterviewState): Stage[] {
  if (isEndStage(state.stage)) return state.previousStage ? [state.previousStage] : ['prospect'];
  return [...MOVES[state.stage]];
}

const fail = (status: 400 | 409, code: string, message: string, path?: string): MoveResult => ({
  ok: false,
  error: { status, code, message, ...(path ? { errors: [{ path, message }] } : {}) },
});

export function planMove(state: InterviewState, input: MoveInput, now: Date): MoveResult {
  const { stage: from } = state;
  const { to } = input;
  const base: MovePlan = {
    from,
    to,
    scheduledAt: state.scheduledAt,
    heldAt: state.heldAt,
    followUpOn: undefined,
    closedReason: null,
    logsInteraction: false,
    reopening: false,
  };
  if (isEndStage(from)) {
    if (isEndStage(to)) return fail(409, 'already_closed', `This interview is already ${from}; reopen it first.`);
    const back = state.previousStage ?? 'prospect';
    if (to !== back) return fail(409, 'illegal_move', `A ${from} interview reopens to ${STAGE_LABELS[back]}.`);
    return { ok: true, plan: { ...base, reopening: true } };
  }
  if (from === to && to !== 'scheduled') return fail(409, 'already_in_stage', `This interview is already ${STAGE_LABELS[to]}.`);
  if (!MOVES[from].includes(to)) {
    const why = state.heldAt && !hasBeenHeldStage(to) ? ' The conversation has been held and logged; close it instead.' : '';
    return fail(409, 'illegal_move', `An interview cannot move from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}.${why}`);
  }
  switch (to) {
    case 'asked':
      return { ok: true, plan: { ...base, followUpOn: input.followUpOn ?? null } };
    case 'scheduled': {
      const at = input.scheduledAt ?? null;
      if (!at) return fail(400, 'validation_error', 'Choose when you will talk', 'scheduledAt');
      return { ok: true, plan: { ...base, scheduledAt: at, followUpOn: null } };
    }
    case 'held': {
      const at = input.heldAt ?? state.scheduledAt;
      if (!at) return fail(400, 'validation_error', 'Say when you talked', 'heldAt');
      if (at.getTime() > now.getTime() + GRACE_MS) {
        return fail(409, 'not_yet_happened', `This conversation is set for ${at.toISOString()}; mark it held once you have talked.`);
      }
      return { ok: true, plan: { ...base, heldAt: at, followUpOn: null, logsInteraction: true } };
    }
    case 'declined':
    case 'closed':
      return { ok: true, plan: { ...base, closedReason: input.reason?.trim() || null } };
    default:
      return { ok: true, plan: base };
  }
}

/** Stages that only make sense once the conversation has happened. */
export function hasBeenHeldStage(s: Stage): boolean {
  const i = (PIPELINE_STAGES as readonly Stage[]).indexOf(s);
  return i >= PIPELINE_STAGES.indexOf('held');
}

/** "Which conversations flowed best?": rated ones first by rating, then the most recent. */
export function rankByFlow<T extends { flowRating: number | null; heldAt: string | null }>(items: readonly T[]): T[] {
  return items
    .filter((i) => i.heldAt !== null)
    .sort((a, b) => (b.flowRating ?? 0) - (a.flowRating ?? 0) || Date.parse(b.heldAt!) - Date.parse(a.heldAt!));
}
