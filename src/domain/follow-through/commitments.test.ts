import { describe, expect, it } from 'vitest';
import {
  nextStepFor,
  nextStepsFor,
  transition,
  TRANSITIONS,
  type Commitment,
  type CommitmentAction,
  type CommitmentState,
} from './commitments';

const now = new Date('2026-03-10T12:00:00Z');
const clock = { now, timeZone: 'UTC' };

const intro: Commitment = {
  direction: 'they_offered',
  state: 'open',
  contactId: 'ana',
  contactName: 'Ana',
  what: 'introduce you to Raj',
  introducedContactId: 'raj',
  introducedName: 'Raj',
  dueDate: '2026-03-20',
};
const portfolio: Commitment = {
  direction: 'i_promised',
  state: 'open',
  contactId: 'lee',
  contactName: 'Lee',
  what: 'send your portfolio to Lee',
  dueDate: '2026-03-12',
};

const STATES: CommitmentState[] = ['open', 'nudged', 'done', 'thanked', 'dropped'];
const ACTIONS: CommitmentAction[] = [
  { type: 'nudge' },
  { type: 'complete' },
  { type: 'thank' },
  { type: 'drop', reason: 'They changed jobs' },
  { type: 'reopen' },
];
const LEGAL: Record<string, CommitmentState | undefined> = {
  'open nudge': 'nudged',
  'nudged nudge': 'nudged',
  'open complete': 'done',
  'nudged complete': 'done',
  'done thank': 'thanked',
  'open drop': 'dropped',
  'nudged drop': 'dropped',
  'dropped reopen': 'open',
};

describe('transition table', () => {
  const cases = STATES.flatMap((from) =>
    ACTIONS.flatMap((action) =>
      (['they_offered', 'i_promised'] as const).map((direction) => ({ from, action, direction })),
    ),
  );
  it.each(cases)('$direction: $from --$action.type-->', ({ from, action, direction }) => {
    const result = transition({ ...intro, direction, state: from }, action, now);
    const expected = LEGAL[`${from} ${action.type}`];
    if (expected) {
      expect(result).toMatchObject({ ok: true, commitment: { state: expected } });
    } else {
      expect(result).toEqual({
        ok: false,
        error: { code: 'illegal_transition', from, action: action.type, message: expect.any(String) },
      });
    }
  });

  it('matches the exported table', () => {
    const table = Object.entries(TRANSITIONS)
      .filter(([action]) => action !== 'thank_introducer')
      .flatMap(([action, moves]) => Object.entries(moves).map(([from, to]) => [`${from} ${action}`, to]));
    expect(Object.fromEntries(table)).toEqual(LEGAL);
  });
});

describe('transition details', () => {
  it('refuses thanked from open and done twice', () => {
    expect(transition(intro, { type: 'thank' }, now)).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition', message: 'Cannot thank a commitment that is open' },
    });
    const done = transition(intro, { type: 'complete' }, now);
    if (!done.ok) throw new Error('expected ok');
    expect(transition(done.commitment, { type: 'complete' }, now)).toMatchObject({ ok: false });
  });

  it('requires a reason to drop', () => {
    for (const reason of ['', '   ']) {
      expect(transition(intro, { type: 'drop', reason }, now)).toMatchObject({
        ok: false,
        error: { code: 'reason_required' },
      });
    }
    expect(transition(intro, { type: 'drop', reason: '  Not needed  ' }, now)).toMatchObject({
      ok: true,
      commitment: { state: 'dropped', droppedReason: 'Not needed', droppedAt: now },
    });
  });

  it('records timestamps and counts nudges without mutating the input', () => {
    const first = transition(intro, { type: 'nudge' }, now);
    if (!first.ok) throw new Error('expected ok');
    const later = new Date('2026-03-20T00:00:00Z');
    const second = transition(first.commitment, { type: 'nudge' }, later);
    expect(second).toMatchObject({ ok: true, commitment: { nudgeCount: 2, nudgedAt: later } });
    expect(intro.state).toBe('open');
    expect(intro.nudgeCount).toBeUndefined();
  });

  it('clears the drop reason on reopen', () => {
    const dropped = { ...intro, state: 'dropped' as const, droppedReason: 'x', droppedAt: now };
    expect(transition(dropped, { type: 'reopen' }, now)).toMatchObject({
      ok: true,
      commitment: { state: 'open', droppedReason: null, droppedAt: null },
    });
  });

  it('thanks the introducer once, in done or thanked, without changing state', () => {
    const referral: Commitment = {
      ...intro,
      contactId: 'raj',
      contactName: 'Raj',
      what: 'refer you for the staff role',
      introducedContactId: null,
      introducedName: null,
      introducerContactId: 'ana',
      introducerName: 'Ana',
      state: 'done',
    };
    const thanked = transition(referral, { type: 'thank_introducer' }, now);
    expect(thanked).toMatchObject({ ok: true, commitment: { state: 'done', introducerThankedAt: now } });
    if (!thanked.ok) throw new Error('expected ok');
    expect(transition(thanked.commitment, { type: 'thank_introducer' }, now)).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition', message: 'The introducer has already been thanked' },
    });
    expect(transition({ ...referral, state: 'open' }, { type: 'thank_introducer' }, now).ok).toBe(false);
    expect(transition({ ...intro, state: 'done' }, { type: 'thank_introducer' }, now)).toMatchObject({
      ok: false,
      error: { code: 'no_introducer' },
    });
  });
});

describe('nextStepFor: they offered', () => {
  it('has me coordinate an open offer', () => {
    expect(nextStepFor(intro, clock)).toEqual({
      owner: 'me',
      action: 'coordinate',
      contactId: 'ana',
      title: 'Coordinate: Ana offered to introduce you to Raj',
      dueDate: '2026-03-20',
    });
    expect(nextStepFor(intro)?.action).toBe('coordinate');
  });

  it('has me follow up once past due', () => {
    const step = nextStepFor({ ...intro, dueDate: '2026-03-09' }, clock);
    expect(step).toMatchObject({ owner: 'me', action: 'follow_up' });
    expect(step?.title).toBe('Follow up with Ana: they offered to introduce you to Raj');
    // Due today is not yet overdue.
    expect(nextStepFor({ ...intro, dueDate: '2026-03-10' }, clock)?.action).toBe('coordinate');
  });

  it('judges overdue in the user zone', () => {
    const lateEvening = { now: new Date('2026-03-10T10:30:00Z'), timeZone: 'Pacific/Kiritimati' };
    expect(nextStepFor({ ...intro, dueDate: '2026-03-10' }, lateEvening)?.action).toBe('follow_up');
  });

  it('waits on them for a week after a nudge, then follows up again', () => {
    const nudged = { ...intro, state: 'nudged' as const, nudgedAt: new Date('2026-03-05T12:00:00Z') };
    expect(nextStepFor(nudged, clock)).toMatchObject({
      owner: 'them',
      action: 'wait',
      title: 'Waiting on Ana: they offered to introduce you to Raj',
    });
    expect(nextStepFor(nudged, { ...clock, now: new Date('2026-03-12T12:00:00Z') })).toMatchObject({
      owner: 'me',
      action: 'follow_up',
      title: 'Follow up again with Ana: they offered to introduce you to Raj',
    });
  });

  it('has me thank them for the introduction when done', () => {
    expect(nextStepsFor({ ...intro, state: 'done' })).toEqual([
      { owner: 'me', action: 'thank', contactId: 'ana', title: 'Thank Ana for the introduction to Raj', dueDate: null },
    ]);
    expect(nextStepFor({ ...intro, what: 'review your resume', introducedName: null, state: 'done' })?.title).toBe(
      'Thank Ana for following through: review your resume',
    );
  });

  it('also has me thank the introducer when an introduction leads somewhere', () => {
    const referral: Commitment = {
      direction: 'they_offered',
      state: 'done',
      contactId: 'raj',
      contactName: 'Raj',
      what: 'refer you for the staff role',
      introducerContactId: 'ana',
      introducerName: 'Ana',
    };
    expect(nextStepsFor(referral).map((s) => [s.action, s.contactId, s.title])).toEqual([
      ['thank', 'raj', 'Thank Raj for following through: refer you for the staff role'],
      ['thank_introducer', 'ana', 'Thank Ana for the introduction to Raj: it led somewhere'],
    ]);
    // Thanking Raj first must not lose the introducer's thank-you.
    expect(nextStepFor({ ...referral, state: 'thanked' })?.action).toBe('thank_introducer');
    expect(nextStepFor({ ...referral, state: 'thanked', introducerThankedAt: now })).toBeNull();
  });

  it('has nothing left once thanked or dropped', () => {
    expect(nextStepFor({ ...intro, state: 'thanked' })).toBeNull();
    expect(nextStepFor({ ...intro, state: 'dropped', droppedReason: 'x' })).toBeNull();
  });
});

describe('nextStepFor: I promised', () => {
  it('has me deliver by the due date', () => {
    expect(nextStepFor(portfolio, clock)).toEqual({
      owner: 'me',
      action: 'deliver',
      contactId: 'lee',
      title: 'Send your portfolio to Lee (you promised)',
      dueDate: '2026-03-12',
    });
  });
  it('flags overdue promises and reminders', () => {
    expect(nextStepFor({ ...portfolio, dueDate: '2026-03-01' }, clock)?.title).toBe(
      'Overdue: Send your portfolio to Lee (you promised)',
    );
    expect(nextStepFor({ ...portfolio, state: 'nudged' }, clock)?.title).toBe(
      'Send your portfolio to Lee (you promised, Lee reminded you)',
    );
  });
  it('leaves closing the loop to them once delivered', () => {
    expect(nextStepFor({ ...portfolio, state: 'done' })).toMatchObject({ owner: 'them', action: 'close_loop' });
    expect(nextStepFor({ ...portfolio, state: 'thanked' })).toBeNull();
  });
});
