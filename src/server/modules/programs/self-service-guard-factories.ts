import { eq } from 'drizzle-orm';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { cohorts, mentorApplications, programMembers, programs, selfServiceRequests } from '../../db/schema/index';

/**
 * Self-service matching's entries for the route-guard walk: a program with self-service on, the
 * owner as its mentor and as a mentee who asked themselves-as-mentor (so every kind of row exists).
 */
type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;

async function owned(t: TestContext, owner: Session) {
  const db = t.database.db;
  const org = (await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: owner.headers, payload: { name: 'Guarded org' } })).json();
  const p = (await t.app.inject({ method: 'POST', url: `/api/v1/organizations/${org.id}/programs`, headers: owner.headers, payload: { name: 'Guarded self-service', participantsAreMinors: true } })).json();
  await db.update(programs).set({ matchingMode: 'both' }).where(eq(programs.id, p.id));
  const [cohort] = await db.insert(cohorts).values({ programId: p.id, name: 'Guarded', startsOn: '2027-01-01', endsOn: '2027-06-30' }).returning();
  const [mentor] = await db.insert(programMembers).values({ programId: p.id, userId: owner.userId, role: 'mentor' }).returning();
  const [mentee] = await db.insert(programMembers).values({ programId: p.id, userId: owner.userId, role: 'mentee', cohortId: cohort!.id }).returning();
  await db.insert(mentorApplications).values({ programId: p.id, memberId: mentor!.id, motivation: 'm', availability: 'a', capacity: 1 });
  const [req] = await db.insert(selfServiceRequests).values({ programId: p.id, cohortId: cohort!.id, menteeMemberId: mentee!.id, mentorMemberId: mentor!.id, message: 'A guarded request', status: 'pending' }).returning();
  return { programId: p.id as string, requestId: req!.id };
}

const programId: Factory = async (t, owner) => ({ id: (await owned(t, owner)).programId });
const requestId: Factory = async (t, owner) => ({ id: (await owned(t, owner)).requestId });

export const selfServiceGuardFactories: Record<string, Factory> = {
  '/api/v1/programs/:id/self-service': programId,
  '/api/v1/programs/:id/self-service/mode': programId,
  '/api/v1/programs/:id/self-service/mentors': programId,
  '/api/v1/programs/:id/self-service/requests': programId,
  '/api/v1/self-service-requests/:id/accept': requestId,
  '/api/v1/self-service-requests/:id/decline': requestId,
  '/api/v1/self-service-requests/:id/withdraw': requestId,
  '/api/v1/self-service-requests/:id/approve': requestId,
  '/api/v1/self-service-requests/:id/reject': requestId,
};
