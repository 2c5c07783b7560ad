import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionFrom, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { CommitmentResponse, FollowUpItem, TodayResponse } from '../../../domain/follow-through/api';
import { addDays, todayIn } from '../../../domain/follow-through/index';
import { getToday } from '../follow-through/today-service';
import { createDemoUser } from './demo-service';

let t: TestContext;
let demo: Session;
let day: TodayResponse;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: { timezone: 'America/New_York' } });
  expect(res.statusCode, res.body).toBe(201);
  demo = sessionFrom(res);
  const r = await t.app.inject({ method: 'GET', url: '/api/v1/today?limit=500', headers: demo.headers });
  expect(r.statusCode, r.body).toBe(200);
  day = r.json();
});
afterAll(async () => t?.close());

const all = (d: TodayResponse): FollowUpItem[] => [...d.overdue, ...d.dueToday, ...d.upcoming];
const thankYous = (d: TodayResponse) => [...d.overdue, ...d.dueToday].filter((i) => i.source === 'thank_you');

describe("the demo's Today page", () => {
  it('has thank-yous due today for everyone at yesterday’s Kestrel final round, with recap prompts', async () => {
    const thanks = thankYous(day);
    expect(thanks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(thanks.map((i) => i.sourceId)).size).toBe(1);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/interactions/${thanks[0]!.sourceId}`, headers: demo.headers });
    expect(res.statusCode, res.body).toBe(200);
    const interview = res.json();
    expect(interview.kind).toBe('job_interview');
    const roles = interview.participants.map((p: { role: string }) => p.role);
    expect(roles).toEqual(expect.arrayContaining(['interviewer', 'recruiter', 'arranged_by']));
    const ago = Date.now() - new Date(interview.occurredAt).getTime();
    expect(ago).toBeGreaterThan(0);
    expect(ago).toBeLessThanOrEqual(24 * 3_600_000);
    for (const item of thanks) {
      expect(new Date(item.dueAt!).getTime() - new Date(interview.occurredAt).getTime()).toBe(24 * 3_600_000);
      expect(item.prompt).toBeTruthy();
    }
    expect(thanks.map((i) => i.contact!.id).sort()).toEqual(interview.participants.map((p: { contactId: string }) => p.contactId).sort());
    expect(thanks.some((i) => i.prompt!.includes('platform roadmap'))).toBe(true);
  });

  it('has open promises in both directions, one overdue after a nudge and one waiting for a thank-you', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/commitments?limit=50', headers: demo.headers });
    expect(res.statusCode, res.body).toBe(200);
    const items: CommitmentResponse[] = res.json().items;
    const open = items.filter((c) => c.state === 'open' || c.state === 'nudged');
    expect(new Set(open.map((c) => c.direction))).toEqual(new Set(['they_offered', 'i_promised']));
    expect(open.find((c) => c.direction === 'they_offered' && c.involvingContact)?.what).toMatch(/^introduce you to /);
    const nudged = items.find((c) => c.state === 'nudged')!;
    expect(nudged).toMatchObject({ nudgeCount: 1, what: 'review your portfolio' });
    expect(day.overdue.find((i) => i.source === 'commitment' && i.sourceId === nudged.id)?.title).toMatch(/^Follow up again with /);
    const promise = items.find((c) => c.direction === 'i_promised')!;
    expect(promise.dueDate).toBe(addDays(day.today, 2));
    expect(day.upcoming.some((i) => i.source === 'commitment' && i.sourceId === promise.id)).toBe(true);
    const done = items.find((c) => c.state === 'done')!;
    expect(done.nextSteps[0]).toMatchObject({ owner: 'me', action: 'thank' });
    expect(all(day).some((i) => i.source === 'commitment' && i.sourceId === done.id && i.title.startsWith('Thank '))).toBe(true);
  });

  it('has upcoming birthdays, one without a year', async () => {
    const occasions = day.upcoming.filter((i) => i.source === 'occasion' && i.title.includes('birthday'));
    expect(occasions.length).toBeGreaterThanOrEqual(2);
    expect(occasions.some((i) => !i.title.includes('turns'))).toBe(true);
  });

  it('has habits in progress, one with a streak of at least two weeks', async () => {
    const names = day.habits.map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['Coffee with a different colleague each week', 'Meet one new person a week']));
    expect(Math.max(...day.habits.map((h) => h.streak))).toBeGreaterThanOrEqual(2);
    expect(day.habits.every((h) => h.streak >= 2)).toBe(true);
  });

  it('has a saved article to share with a few people who care about hiring', async () => {
    const shares = day.dueToday.filter((i) => i.source === 'share');
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.length).toBeLessThanOrEqual(3);
    for (const s of shares) {
      expect(s.title).toMatch(/^Share “What great hiring managers do in the first 90 days” with /);
      expect(s.prompt).toContain('hiring');
    }
  });

  it('keeps everyone on a cadence: keep-in-touch items exist', async () => {
    expect(all(day).filter((i) => i.source === 'cadence').length).toBeGreaterThan(10);
  });
});

describe('the demo at awkward hours', () => {
  // Late evening and just after midnight in the user's zone: the thank-yous must still be due today.
  for (const iso of ['2026-11-24T04:50:00Z', '2026-11-24T05:10:00Z', '2026-03-08T06:30:00Z']) {
    it(`has the interview thank-yous due today at ${iso}`, async () => {
      const now = new Date(iso);
      const { user } = await createDemoUser(t.database.db, now, { timezone: 'America/New_York', seed: 11 });
      const d = await getToday(t.database.db, user.id, now, 500);
      expect(d.today).toBe(todayIn('America/New_York', now));
      expect(d.dueToday.filter((i) => i.source === 'thank_you').length).toBeGreaterThanOrEqual(3);
      expect(d.habits.some((h) => h.streak >= 2)).toBe(true);
    });
  }
});

describe('Today as the app shows it (default page size)', () => {
  it("puts the demo's recent overdue promises on the first page, ahead of long-lapsed keep-in-touch rounds", async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/today', headers: demo.headers });
    const first: TodayResponse = r.json();
    expect(first.overdue.filter((i) => i.source === 'commitment').length).toBeGreaterThanOrEqual(2);
    const dates = first.overdue.map((i) => i.dueDate);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
