import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { ApplicationResponse } from '../../../domain/programs/api';
import type { SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import type { InboxItem } from '../../../domain/inbox/api';
import { loadConfig } from '../../config';
import { selfServiceRequests } from '../../db/schema/index';
import { jobHandlers, schedules } from '../../jobs/definitions';
import { expireAllStale } from './self-service-service';
import { application, joinAs, okJson, person, programOf, SCREENED, type Call } from './test-support';

/** Requests nobody answered expire by the hourly sweep, not only when someone opens the tab. */
let t: TestContext;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  coord = await person(t, 'Cora Coordinator');
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const MESSAGE = 'Hello! Your work on public speaking is exactly what I want to learn.';
const inbox = async (s: Session) => (await ok<{ items: InboxItem[] }>(s, 'GET', '/inbox')).items;

async function mentor(programId: string, name: string) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentor');
  const app = await ok<ApplicationResponse>(user, 'PUT', `/programs/${programId}/application`, application());
  await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, SCREENED);
  return { user, memberId };
}

async function mentee(programId: string, cohortId: string, name: string) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentee', { cohortId, isMinor: false });
  await ok(user, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['Public speaking'], languages: ['en'], timeZone: 'Europe/London' });
  return { user, memberId };
}

describe('expiry by the sweep', () => {
  it('expires requests unanswered for 14 days in every program, tells each mentee once, and is idempotent', async () => {
    const { programId, cohortId } = await programOf(t, coord, { minors: true });
    await ok(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'self_service' });
    const m = await mentor(programId, 'Sid Silent');
    const me = await mentee(programId, cohortId, 'Eli Early');
    const fresh = await mentee(programId, cohortId, 'Fin Fresh');
    const old = await ok<SelfServiceRequestResponse>(me.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201);
    const recent = await ok<SelfServiceRequestResponse>(fresh.user, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: m.memberId, message: MESSAGE }, 201);
    const db = t.database.db;
    const status = async (id: string) => (await db.select({ s: selfServiceRequests.status }).from(selfServiceRequests).where(eq(selfServiceRequests.id, id)))[0]!.s;

    // The clock: 13 days on nothing is due; 15 days on, the sweep's own cutoff takes the request.
    const day = 86_400_000;
    expect(await expireAllStale(db, new Date(Date.now() + 13 * day))).toBe(0);
    expect(await status(old.id)).toBe('pending');

    // Through the scheduled job, as the worker runs it (it reads the real clock, so the row is made old).
    expect(schedules).toContainEqual({ name: 'sweep.self-service-expiry', everySeconds: 3600 });
    await db.update(selfServiceRequests).set({ createdAt: new Date(Date.now() - 15 * day) }).where(eq(selfServiceRequests.id, old.id));
    const silent = { info: () => {}, warn: () => {}, error: () => {} };
    const job = { id: 'x', name: 'sweep.self-service-expiry', payload: {}, attempts: 1, maxAttempts: 1 };
    await jobHandlers['sweep.self-service-expiry']!(job, { db, config: loadConfig({ DATA_DIR: t.dataDir }), log: silent, workerId: 'test' });
    expect(await status(old.id)).toBe('expired');
    expect(await status(recent.id)).toBe('pending');
    const told = (await inbox(me.user)).filter((i) => i.title.includes('expired'));
    expect(told).toMatchObject([{ title: 'Your request in Teen after-school expired without an answer; you can ask another mentor', link: `/programs/${programId}?tab=self-service` }]);

    // Again: nothing changes, nobody is told twice.
    await jobHandlers['sweep.self-service-expiry']!(job, { db, config: loadConfig({ DATA_DIR: t.dataDir }), log: silent, workerId: 'test' });
    expect(await expireAllStale(db, new Date())).toBe(0);
    expect((await inbox(me.user)).filter((i) => i.title.includes('expired'))).toHaveLength(1);
    expect((await inbox(fresh.user)).filter((i) => i.title.includes('expired'))).toEqual([]);
    // 15 days after the recent one was made, it goes too.
    expect(await expireAllStale(db, new Date(Date.now() + 15 * day))).toBe(1);
    expect(await status(recent.id)).toBe('expired');
  });
});
