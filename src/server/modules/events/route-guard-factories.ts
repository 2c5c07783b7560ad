import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { eventCheckIns, programMembers } from '../../db/schema/index';
import { eventBody } from './test-support';

/**
 * The events room's entries for tests/integration/route-guard.test.ts: each makes an event of a
 * program the owner coordinates (checked in, so every route has something to find), so the walk
 * proves another user gets 404 for it.
 */
type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;

const inject = (t: TestContext, s: Session, method: 'POST' | 'GET', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });

async function programOfOwner(t: TestContext, owner: Session) {
  const org = (await inject(t, owner, 'POST', '/organizations', { name: 'Guarded events org' })).json();
  const p = (await inject(t, owner, 'POST', `/organizations/${org.id}/programs`, { name: 'Guarded events program' })).json();
  return p.id as string;
}

const eventOfOwner: Factory = async (t, owner) => {
  const programId = await programOfOwner(t, owner);
  const e = (await inject(t, owner, 'POST', `/programs/${programId}/events`, eventBody({ startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString() }))).json();
  const [member] = await t.database.db.insert(programMembers).values({ programId, userId: owner.userId, role: 'mentee' }).returning();
  await t.database.db.insert(eventCheckIns).values({ eventId: e.id, userId: owner.userId });
  return { id: e.id as string, memberId: member!.id };
};
const programOf: Factory = async (t, owner) => ({ id: await programOfOwner(t, owner) });

export const eventGuardFactories: Record<string, Factory> = {
  '/api/v1/programs/:id/events': programOf,
  '/api/v1/programs/:id/event-attendance': programOf,
  '/api/v1/events/:id': eventOfOwner,
  '/api/v1/events/:id/cancel': eventOfOwner,
  '/api/v1/events/:id/cancel-preview': eventOfOwner,
  '/api/v1/events/:id/edit-reach': eventOfOwner,
  '/api/v1/events/:id/rsvp': eventOfOwner,
  '/api/v1/events/:id/invite.ics': eventOfOwner,
  '/api/v1/events/:id/attendance': eventOfOwner,
  '/api/v1/events/:id/check-ins': eventOfOwner,
  '/api/v1/events/:id/check-ins/:memberId': eventOfOwner,
  '/api/v1/events/:id/people-met': eventOfOwner,
  '/api/v1/events/:id/listing': eventOfOwner,
};
