import { describe, expect, it } from 'vitest';
import { allowedMoves, planMove, rankByFlow, type InterviewState } from './stages';
import { summaryFromNotes } from './questions';

const now = new Date('2026-11-20T12:00:00Z');
const at = (s: string) => new Date(s);
const state = (over: Partial<InterviewState> = {}): InterviewState => ({ stage: 'prospect', scheduledAt: null, heldAt: null, previousStage: null, ...over });

describe('planMove', () => {
  it('asks with an optional follow-up date', () => {
    const r = planMove(state(), { to: 'asked', followUpOn: '2026-11-27' }, now);
    expect(r).toMatchObject({ ok: true, plan: { from: 'prospect', to: 'asked', followUpOn: '2026-11-27', logsInteraction: false } });
  });

  it('refuses scheduling without a time, as a 400 on scheduledAt', () => {
    const r = planMove(state({ stage: 'asked' }), { to: 'scheduled' }, now);
    expect(r).toEqual({ ok: false, error: { status: 400, code: 'validation_error', message: 'Choose when you will talk', errors: [{ path: 'scheduledAt', message: 'Choose when you will talk' }] } });
  });

  it('schedules, clears the follow-up date, and allows rescheduling', () => {
    const r = planMove(state({ stage: 'asked' }), { to: 'scheduled', scheduledAt: at('2026-11-25T15:00:00Z') }, now);
    expect(r).toMatchObject({ ok: true, plan: { scheduledAt: at('2026-11-25T15:00:00Z'), followUpOn: null } });
    const again = planMove(state({ stage: 'scheduled', scheduledAt: at('2026-11-25T15:00:00Z') }), { to: 'scheduled', scheduledAt: at('2026-11-26T15:00:00Z') }, now);
    expect(again).toMatchObject({ ok: true, plan: { scheduledAt: at('2026-11-26T15:00:00Z') } });
  });

  it('holds at the scheduled time once it has passed, and logs the interaction', () => {
    const r = planMove(state({ stage: 'scheduled', scheduledAt: at('2026-11-20T09:00:00Z') }), { to: 'held' }, now);
    expect(r).toMatchObject({ ok: true, plan: { heldAt: at('2026-11-20T09:00:00Z'), logsInteraction: true } });
  });

  it('refuses holding a conversation that has not happened yet (409)', () => {
    const r = planMove(state({ stage: 'scheduled', scheduledAt: at('2026-11-21T09:00:00Z') }), { to: 'held' }, now);
    expect(r).toMatchObject({ ok: false, error: { status: 409, code: 'not_yet_happened' } });
    const future = planMove(state({ stage: 'asked' }), { to: 'held', heldAt: at('2026-11-20T13:00:00Z') }, now);
    expect(future).toMatchObject({ ok: false, error: { status: 409, code: 'not_yet_happened' } });
  });

  it('needs a time for an impromptu conversation held straight from prospect', () => {
    expect(planMove(state(), { to: 'held' }, now)).toMatchObject({ ok: false, error: { status: 400, errors: [{ path: 'heldAt' }] } });
    expect(planMove(state(), { to: 'held', heldAt: at('2026-11-19T10:00:00Z') }, now)).toMatchObject({ ok: true, plan: { logsInteraction: true } });
  });

  it('never goes back before held, and explains why', () => {
    const r = planMove(state({ stage: 'thanked', heldAt: at('2026-11-19T10:00:00Z') }), { to: 'scheduled', scheduledAt: now }, now);
    expect(r).toMatchObject({ ok: false, error: { status: 409, code: 'illegal_move' } });
    expect(!r.ok && r.error.message).toContain('close it instead');
  });

  it('refuses skipping ahead past held (potential mentor before the conversation)', () => {
    expect(planMove(state({ stage: 'asked' }), { to: 'potential_mentor' }, now)).toMatchObject({ ok: false, error: { code: 'illegal_move' } });
    expect(planMove(state({ stage: 'held', heldAt: now }), { to: 'mentor' }, now)).toMatchObject({ ok: false, error: { code: 'illegal_move' } });
  });

  it('refuses a move to the stage it is already in', () => {
    expect(planMove(state({ stage: 'asked' }), { to: 'asked' }, now)).toMatchObject({ ok: false, error: { status: 409, code: 'already_in_stage' } });
  });

  it('declines and closes with an optional, trimmed reason', () => {
    expect(planMove(state({ stage: 'asked' }), { to: 'declined', reason: '  too busy this quarter ' }, now)).toMatchObject({ ok: true, plan: { closedReason: 'too busy this quarter' } });
    expect(planMove(state({ stage: 'held', heldAt: now }), { to: 'closed' }, now)).toMatchObject({ ok: true, plan: { closedReason: null } });
  });

  it('reopens only to the stage it was closed from', () => {
    const closed = state({ stage: 'closed', previousStage: 'scheduled', scheduledAt: now });
    expect(allowedMoves(closed)).toEqual(['scheduled']);
    expect(planMove(closed, { to: 'scheduled' }, now)).toMatchObject({ ok: true, plan: { reopening: true } });
    expect(planMove(closed, { to: 'prospect' }, now)).toMatchObject({ ok: false, error: { code: 'illegal_move' } });
    expect(planMove(closed, { to: 'declined' }, now)).toMatchObject({ ok: false, error: { code: 'already_closed' } });
  });

  it('lists the moves the board offers', () => {
    expect(allowedMoves(state())).toEqual(['asked', 'scheduled', 'held', 'declined', 'closed']);
    expect(allowedMoves(state({ stage: 'potential_mentor', heldAt: now }))).toContain('asked_to_mentor');
  });
});

describe('rankByFlow', () => {
  it('puts held interviews by rating, unrated last, ties by most recent; skips ones not held', () => {
    const items = [
      { id: 'a', flowRating: 3, heldAt: '2026-10-01T10:00:00Z' },
      { id: 'b', flowRating: null, heldAt: '2026-11-01T10:00:00Z' },
      { id: 'c', flowRating: 5, heldAt: '2026-09-01T10:00:00Z' },
      { id: 'd', flowRating: 3, heldAt: '2026-10-15T10:00:00Z' },
      { id: 'e', flowRating: 4, heldAt: null },
    ];
    expect(rankByFlow(items).map((i) => i.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('summaryFromNotes', () => {
  it('quotes answered questions with their notes and is null without notes', () => {
    expect(summaryFromNotes([{ text: 'Where are you from?', notes: ' Lagos, then Leeds ' }, { text: 'Best part?', notes: '' }])).toBe('Where are you from? Lagos, then Leeds');
    expect(summaryFromNotes([{ text: 'Q?', notes: null }])).toBeNull();
  });
});
