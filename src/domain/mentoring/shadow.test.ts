import { describe, expect, it } from 'vitest';
import { KIND_DECLINE, planShadowMove, shadowSteps, type ShadowStatus } from './shadow';

const today = '2026-12-01';
const state = (status: ShadowStatus, mentorOnTrellis = true) => ({ status, mentorOnTrellis, proposedDates: ['2026-12-08'] });
const accept = { kind: 'accept' as const, date: '2026-12-08', approvalConfirmed: true, note: ' Wear flats ' };

describe('shadow-a-day state machine', () => {
  it('a mentor on Trellis accepts with a day and the approval; the note is kept', () => {
    expect(planShadowMove(state('requested'), 'mentor', accept, today)).toEqual({ ok: true, plan: { status: 'accepted', chosenDate: '2026-12-08', approvalConfirmed: true, mentorNote: 'Wear flats' } });
  });

  it('accepting without the approval, or for a past day, is a 400 naming the field', () => {
    const r = planShadowMove(state('requested'), 'mentor', { ...accept, approvalConfirmed: false }, today);
    expect(r).toMatchObject({ ok: false, error: { status: 400, path: 'approvalConfirmed' } });
    expect(planShadowMove(state('requested'), 'mentor', { ...accept, date: '2026-11-30' }, today)).toMatchObject({ ok: false, error: { status: 400, path: 'date' } });
  });

  it('who answers: the mentor on Trellis, the mentee for an external mentor', () => {
    expect(planShadowMove(state('requested'), 'mentee', accept, today)).toMatchObject({ ok: false, error: { status: 409 } });
    expect(planShadowMove(state('requested', false), 'mentor', accept, today)).toMatchObject({ ok: false, error: { status: 409 } });
    expect(planShadowMove(state('requested', false), 'mentee', accept, today)).toMatchObject({ ok: true });
  });

  it('a decline without words gets the kind default', () => {
    expect(planShadowMove(state('requested'), 'mentor', { kind: 'decline', message: '  ' }, today)).toEqual({ ok: true, plan: { status: 'declined', declineMessage: KIND_DECLINE } });
  });

  it('illegal moves are 409s', () => {
    const illegal: [ShadowStatus, 'mentee' | 'mentor', Parameters<typeof planShadowMove>[2]][] = [
      ['accepted', 'mentor', accept],
      ['declined', 'mentor', { kind: 'decline', message: null }],
      ['accepted', 'mentee', { kind: 'withdraw' }],
      ['requested', 'mentor', { kind: 'withdraw' }],
      ['requested', 'mentee', { kind: 'cancel' }],
      ['cancelled', 'mentor', { kind: 'cancel' }],
      ['withdrawn', 'mentee', accept],
    ];
    for (const [status, actor, move] of illegal) expect(planShadowMove(state(status, actor === 'mentee' ? false : true), actor, move, today), `${status} ${actor} ${move.kind}`).toMatchObject({ ok: false, error: { status: 409, code: 'illegal_shadow_move' } });
  });

  it('either side cancels an accepted day; the mentee withdraws a waiting request', () => {
    expect(planShadowMove(state('accepted'), 'mentor', { kind: 'cancel' }, today)).toEqual({ ok: true, plan: { status: 'cancelled' } });
    expect(planShadowMove(state('accepted'), 'mentee', { kind: 'cancel' }, today)).toEqual({ ok: true, plan: { status: 'cancelled' } });
    expect(planShadowMove(state('requested'), 'mentee', { kind: 'withdraw' }, today)).toEqual({ ok: true, plan: { status: 'withdrawn' } });
  });

  it('steps: prepare the day before (not in the past), thank the day after', () => {
    expect(shadowSteps('2026-12-08', today)).toEqual({ prepareOn: '2026-12-07', thankOn: '2026-12-09' });
    expect(shadowSteps('2026-12-01', today)).toEqual({ prepareOn: '2026-12-01', thankOn: '2026-12-02' });
  });
});
