import { describe, expect, it } from 'vitest';
import { joinList, recapOf, thankYouTasksFor, type Interaction } from './thank-you';
import { INTERACTION_KINDS } from './vocabulary';

const interview: Interaction = {
  kind: 'job_interview',
  occurredAt: new Date('2026-03-10T15:00:00Z'),
  summary: 'They are rebuilding the data platform and need someone who can mentor juniors.',
  topics: ['data platform', 'team culture'],
  participants: [
    { contactId: 'raj', name: 'Raj', role: 'interviewer' },
    { contactId: 'mia', name: 'Mia', role: 'recruiter' },
    { contactId: 'raj', name: 'Raj', role: 'interviewer' },
  ],
};

describe('thankYouTasksFor', () => {
  it('creates one task per distinct person, due 24 hours later', () => {
    const tasks = thankYouTasksFor(interview, 'Europe/Berlin');
    expect(tasks.map((t) => t.contactId)).toEqual(['raj', 'mia']);
    for (const task of tasks) {
      expect(task.kind).toBe('thank_you');
      expect(task.dueAt.toISOString()).toBe('2026-03-11T15:00:00.000Z');
      expect(task.dueDate).toBe('2026-03-11');
    }
  });

  it('thanks the interviewer for their time and the conversation, with a recap', () => {
    const raj = thankYouTasksFor(interview, 'UTC')[0]!;
    expect(raj.title).toBe('Thank Raj for the job interview');
    expect(raj.prompt).toContain('Thank Raj for their time and the conversation.');
    expect(raj.prompt).toContain('data platform and team culture');
    expect(raj.prompt).toContain('rebuilding the data platform');
    expect(raj.prompt).toContain('Reaffirm your interest in the role.');
  });

  it('thanks the recruiter for arranging it', () => {
    const mia = thankYouTasksFor(interview, 'UTC')[1]!;
    expect(mia.title).toBe('Thank Mia for arranging the job interview');
    expect(mia.prompt).toContain('Thank Mia for arranging the job interview with Raj.');
    expect(mia.prompt).not.toContain('their time and the conversation');
  });

  it('merges roles of someone who both arranged and interviewed', () => {
    const tasks = thankYouTasksFor(
      {
        ...interview,
        participants: [
          { contactId: 'hr1', name: 'Sam', role: 'hr' },
          { contactId: 'hr1', name: 'Sam', role: 'interviewer' },
        ],
      },
      'UTC',
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.roles).toEqual(['hr', 'interviewer']);
    expect(tasks[0]!.title).toBe('Thank Sam for the job interview');
    expect(tasks[0]!.prompt).toContain('Thank Sam for arranging the job interview, and for their time and the conversation.');
  });

  it('uses the local due date in the user zone', () => {
    // 20:00 in Pago Pago on 03-10 is 07:00 UTC on 03-11; due 24 h later is 03-11 local.
    const tasks = thankYouTasksFor({ ...interview, occurredAt: new Date('2026-03-11T07:00:00Z') }, 'Pacific/Pago_Pago');
    expect(tasks[0]!.dueDate).toBe('2026-03-11');
    expect(thankYouTasksFor({ ...interview, occurredAt: new Date('2026-03-11T07:00:00Z') }, 'Pacific/Kiritimati')[0]!.dueDate).toBe(
      '2026-03-12',
    );
  });

  it('keeps dueAt exactly 24 hours later across a DST change', () => {
    const tasks = thankYouTasksFor({ ...interview, occurredAt: new Date('2026-03-07T15:00:00Z') }, 'America/New_York');
    expect(tasks[0]!.dueAt.toISOString()).toBe('2026-03-08T15:00:00.000Z');
    expect(tasks[0]!.dueDate).toBe('2026-03-08');
  });

  it.each(INTERACTION_KINDS.filter((k) => !['job_interview', 'informational_interview', 'meeting'].includes(k)))(
    'creates nothing for %s',
    (kind) => {
      expect(thankYouTasksFor({ ...interview, kind }, 'UTC')).toEqual([]);
    },
  );

  it('thanks meeting attendees for their time, falling back when there are no notes', () => {
    const [task] = thankYouTasksFor(
      {
        kind: 'meeting',
        occurredAt: new Date('2026-03-10T15:00:00Z'),
        participants: [{ contactId: 'lee', name: 'Lee', role: 'attendee' }],
      },
      'UTC',
    );
    expect(task!.title).toBe('Thank Lee for the meeting');
    expect(task!.prompt).toBe('Thank Lee for their time. Recap one thing you learned from them.');
  });

  it('adds a reach-out-again reminder two months after an informational interview', () => {
    const tasks = thankYouTasksFor(
      {
        kind: 'informational_interview',
        occurredAt: new Date('2025-12-31T20:00:00Z'),
        topics: ['product management'],
        participants: [
          { contactId: 'ana', name: 'Ana' },
          { contactId: 'kim', name: 'Kim', role: 'arranged_by' },
        ],
      },
      'America/New_York',
    );
    expect(tasks.map((t) => `${t.kind}:${t.contactId}`)).toEqual(['thank_you:ana', 'thank_you:kim', 'reach_out_again:ana']);
    const again = tasks[2]!;
    // 15:00 local on Dec 31 + 2 months clamps to Feb 28, still 15:00 local.
    expect(again.dueDate).toBe('2026-02-28');
    expect(again.dueAt.toISOString()).toBe('2026-02-28T20:00:00.000Z');
    expect(again.title).toBe('Reach out again to Ana');
    expect(again.prompt).toContain('product management');
  });

  it('keeps the local hour for the reach-out reminder across DST and honours the option', () => {
    const base: Interaction = {
      kind: 'informational_interview',
      occurredAt: new Date('2026-02-10T15:00:00Z'), // 10:00 EST
      participants: [{ contactId: 'ana', name: 'Ana', role: 'attendee' }],
    };
    const again = thankYouTasksFor(base, 'America/New_York').find((t) => t.kind === 'reach_out_again')!;
    expect(again.dueAt.toISOString()).toBe('2026-04-10T14:00:00.000Z'); // 10:00 EDT
    expect(thankYouTasksFor(base, 'America/New_York', { reachOutAgainAfterMonths: 3 })[1]!.dueDate).toBe('2026-05-10');
    expect(thankYouTasksFor(base, 'America/New_York', { reachOutAgainAfterMonths: 0 })).toHaveLength(1);
  });

  it('throws on an unknown zone', () => {
    expect(() => thankYouTasksFor(interview, 'Not/AZone')).toThrow(RangeError);
  });
});

describe('recapOf and joinList', () => {
  it('prefers the summary, then the topics', () => {
    expect(recapOf({ summary: '  Great chat.  ', topics: ['x'] })).toBe('Great chat.');
    expect(recapOf({ summary: '', topics: ['pricing', ' ', 'pricing', 'hiring'] })).toBe(
      'our conversation about pricing and hiring',
    );
    expect(recapOf({})).toBe('');
  });
  it('joins lists naturally', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
