import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionFrom, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { MentorshipResponse, MentorshipSummary } from '../../../domain/mentoring/api';
import type { HealthResponse, ProgramSummary } from '../../../domain/programs/api';

let t: TestContext;
let demo: Session;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: { timezone: 'Europe/London' } });
  expect(res.statusCode, res.body).toBe(201);
  demo = sessionFrom(res);
});
afterAll(async () => t?.close());

async function get<T>(url: string): Promise<T> {
  const r = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: demo.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as T;
}

describe("the demo's program matches", () => {
  it('are mentorships: the demo user meets Amara, and Jamal’s match with Daniel is quiet on the Health tab', async () => {
    const program = (await get<{ items: ProgramSummary[] }>('/programs')).items.find((p) => p.name === 'Young professionals')!;
    const h = await get<HealthResponse>(`/programs/${program.id}/health`);
    expect(h.matchActivity).toMatchObject({ meetingMonthly: 1, quiet: 1, goals: { shared: 2, achieved: 0 } });
    expect(h.matchActivity.quietMatches.map((q) => [q.menteeName, q.mentorName])).toEqual([['Jamal Hughes', 'Daniel Kim']]);
    const amara = (await get<{ items: MentorshipSummary[] }>('/mentorships')).items.find((m) => m.contact?.displayName === 'Amara Okafor')!;
    expect((await get<MentorshipResponse>(`/mentorships/${amara.id}`)).meetings).toHaveLength(3);
  });
});
