import { describe, expect, it } from 'vitest';
import { demoAccount } from '../../../../tests/helpers/demo-account';
import { sessionFrom } from '../../../../tests/helpers/test-app';
import type { GoalResponse, MentorshipResponse, MentorshipSummary, OpenActionItem, WishListResponse } from '../../../domain/mentoring/api';

const d = demoAccount('America/New_York');
const get = d.get;

describe("the demo's mentoring", () => {
  it('has mentors of different kinds, none of them the boss, inside and outside the employer', async () => {
    const { items } = await get<{ items: MentorshipSummary[] }>('/mentorships');
    expect(new Set(items.map((m) => m.kind))).toEqual(new Set(['guardian_angel', 'shepherd', 'board_of_directors']));
    expect(items.every((m) => m.warnings.length === 0 && m.contact !== null)).toBe(true);
    expect(new Set(items.map((m) => m.employer))).toContain('outside');
  });

  it('has goals with a thread, a past meeting with one item done and one open, an accepted agreement and a wish list', async () => {
    const goals = (await get<{ items: GoalResponse[] }>('/mentoring-goals')).items;
    expect(goals.map((g) => g.horizon).sort()).toEqual(['long_term', 'one_year', 'two_year']);
    expect(goals.flatMap((g) => g.posts.map((p) => p.kind))).toEqual(expect.arrayContaining(['progress', 'challenge']));
    const shepherd = (await get<{ items: MentorshipSummary[] }>('/mentorships')).items.find((m) => m.kind === 'shepherd' && !m.mentorOnTrellis)!;
    const detail = await get<MentorshipResponse>(`/mentorships/${shepherd.id}`);
    expect(detail.meetings[0]!.actionItems.map((i) => i.done)).toEqual([true, false, false]);
    expect(detail.agreement.current).toMatchObject({ version: 1, acceptedByBoth: true });
    expect(detail.sharedGoals.length).toBe(2);
    const open = (await get<{ items: OpenActionItem[] }>('/mentoring-action-items')).items;
    expect(open.length).toBe(2);
    const wish = await get<WishListResponse>('/mentor-wish-list');
    expect(wish.shareUrl).not.toBeNull();
    expect(wish.lookingFor).toContain('product team');
  });
});

describe("the demo's mentor directory", () => {
  it('lists a few mentors, suggests someone unlike the demo user, and has a request waiting for an answer', async () => {
    const dir = await get<{ items: { name: string; availability: string; isYou: boolean }[] }>('/mentor-directory');
    expect(dir.items.map((e) => e.name)).toEqual(expect.arrayContaining(['Priya Natarajan', 'Marcus Oyelaran', 'Lucía Fernández', 'Tom Becker']));
    expect(dir.items.some((e) => e.isYou)).toBe(false);
    const s = await get<{ items: { mentor: { name: string } }[] }>('/mentor-directory/suggestions');
    expect(s.items.map((i) => i.mentor.name)).toEqual(expect.arrayContaining(['Priya Natarajan', 'Marcus Oyelaran']));
    expect(await get('/mentor-requests/counts')).toEqual({ incomingPending: 1, outgoingPending: 0 });
    // A second demo finds the same mentors, not copies.
    const again = await d.t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: {} });
    expect(again.statusCode, again.body).toBe(201);
    const second = sessionFrom(again);
    const dir2 = (await d.t.app.inject({ method: 'GET', url: '/api/v1/mentor-directory?q=priya', headers: second.headers })).json() as { items: unknown[] };
    expect(dir2.items).toHaveLength(1);
  });
});
