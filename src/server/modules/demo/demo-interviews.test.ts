import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionFrom, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { InterviewResponse, InterviewSummary } from '../../../domain/interviews/api';
import type { Contact, Interaction } from '../../../domain/network/api';

let t: TestContext;
let demo: Session;
let items: InterviewSummary[];
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: { timezone: 'America/New_York' } });
  expect(res.statusCode, res.body).toBe(201);
  demo = sessionFrom(res);
  items = (await get<{ items: InterviewSummary[] }>('/interviews?limit=200')).items;
});
afterAll(async () => t?.close());

async function get<T>(url: string): Promise<T> {
  const r = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: demo.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as T;
}

describe("the demo's interview pipeline", () => {
  it('spreads interviews across the pipeline, with a follow-up due and one scheduled ahead', () => {
    const stages = new Set(items.map((i) => i.stage));
    for (const s of ['prospect', 'asked', 'scheduled', 'potential_mentor', 'asked_to_mentor', 'keeping_in_touch', 'declined']) expect(stages, s).toContain(s);
    expect(items.find((i) => i.stage === 'asked')?.followUpDue).toBe(true);
    expect(Date.parse(items.find((i) => i.stage === 'scheduled')!.scheduledAt!)).toBeGreaterThan(Date.now());
    expect(items.every((i) => i.contact !== null)).toBe(true);
  });

  it('held interviews point at the logged informational interviews, and starred ones at starred contacts', async () => {
    const held = items.filter((i) => i.heldAt !== null);
    expect(held.length).toBeGreaterThanOrEqual(5);
    for (const iv of held) {
      const it = await get<Interaction>(`/interactions/${iv.interactionId}`);
      expect(it.kind).toBe('informational_interview');
      expect(it.participants.map((p) => p.contactId)).toEqual([iv.contactId]);
      const c = await get<Contact>(`/contacts/${iv.contactId}`);
      expect(c.starred).toBe(iv.starred);
    }
    const detail = await get<InterviewResponse>(`/interviews/${held[0]!.id}`);
    expect(detail.questions.some((q) => q.notes)).toBe(true);
    expect(detail.history[0]!.to).toBe('prospect');
  });

  it('ranks the starred conversations first', async () => {
    const ranked = (await get<{ items: InterviewSummary[] }>('/interviews/ranking')).items;
    expect(ranked[0]!.starred).toBe(true);
    expect(ranked[0]!.flowRating).toBeGreaterThanOrEqual(4);
  });
});
