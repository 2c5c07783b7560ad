import { randomUUID } from 'node:crypto';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { sha256 } from '../../auth/secrets';
import { mentorApplications, programInvitations, programMembers } from '../../db/schema/index';
import { selfServiceGuardFactories } from './self-service-guard-factories';

/**
 * The programs room's entries for tests/integration/route-guard.test.ts: each makes a resource the
 * owner can reach, so the walk proves another user gets 404 for it.
 */
type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;

const inject = (t: TestContext, s: Session, method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });

async function program(t: TestContext, owner: Session) {
  const org = (await inject(t, owner, 'POST', '/organizations', { name: 'Guarded org' })).json();
  const p = (await inject(t, owner, 'POST', `/organizations/${org.id}/programs`, { name: 'Guarded program', participantsAreMinors: true })).json();
  const c = (await inject(t, owner, 'POST', `/programs/${p.id}/cohorts`, { name: 'Guarded cohort', startsOn: '2027-01-01', endsOn: '2027-06-30' })).json();
  return { orgId: org.id as string, programId: p.id as string, cohortId: c.id as string };
}

/** The owner also mentors (and is a mentee of) their own program, so every kind of row exists. */
async function populated(t: TestContext, owner: Session) {
  const ids = await program(t, owner);
  const db = t.database.db;
  const [mentor] = await db.insert(programMembers).values({ programId: ids.programId, userId: owner.userId, role: 'mentor' }).returning();
  const [mentee] = await db.insert(programMembers).values({ programId: ids.programId, userId: owner.userId, role: 'mentee', cohortId: ids.cohortId, isMinor: true }).returning();
  const [app] = await db.insert(mentorApplications).values({ programId: ids.programId, memberId: mentor!.id, motivation: 'm', availability: 'a', capacity: 1 }).returning();
  return { ...ids, mentorId: mentor!.id, menteeId: mentee!.id, applicationId: app!.id };
}

const programId: Factory = async (t, owner) => ({ id: (await program(t, owner)).programId });
const cohortId: Factory = async (t, owner) => ({ id: (await program(t, owner)).cohortId });
const memberId: Factory = async (t, owner) => ({ id: (await populated(t, owner)).menteeId });
const applicationId: Factory = async (t, owner) => ({ id: (await populated(t, owner)).applicationId });
const runId: Factory = async (t, owner) => {
  const { cohortId } = await populated(t, owner);
  return { id: (await inject(t, owner, 'POST', `/cohorts/${cohortId}/match-runs`, {})).json().id };
};
/** An invitation the owner already used: its token must not work for anyone again. */
const usedToken: Factory = async (t, owner) => {
  const { programId } = await program(t, owner);
  const token = `used-${randomUUID()}`;
  await t.database.db.insert(programInvitations).values({ programId, email: owner.email, role: 'mentor', tokenHash: sha256(token), status: 'accepted', expiresAt: new Date(Date.now() + 86_400_000) });
  return { token };
};

export const programGuardFactories: Record<string, Factory> = {
  '/api/v1/organizations/:id/programs': async (t, owner) => ({ id: (await program(t, owner)).orgId }),
  '/api/v1/programs/:id': programId,
  '/api/v1/programs/:id/cohorts': programId,
  '/api/v1/programs/:id/health': programId,
  '/api/v1/programs/:id/outcomes.csv': programId,
  '/api/v1/cohorts/:id/alumni-invitations': cohortId,
  '/api/v1/programs/:id/invitations': programId,
  '/api/v1/programs/:id/members': programId,
  '/api/v1/programs/:id/application': programId,
  '/api/v1/programs/:id/applications': programId,
  '/api/v1/program-invitations/:id': async (t, owner) => {
    const { programId } = await program(t, owner);
    const [row] = await t.database.db.insert(programInvitations).values({ programId, email: 'guarded@example.test', role: 'mentee', tokenHash: sha256(`pending-${randomUUID()}`), expiresAt: new Date(Date.now() + 86_400_000) }).returning();
    return { id: row!.id };
  },
  '/api/v1/invitations/:token': usedToken,
  '/api/v1/invitations/:token/accept': usedToken,
  '/api/v1/program-members/:id': memberId,
  '/api/v1/program-members/:id/guardian-consent': memberId,
  '/api/v1/mentor-applications/:id': applicationId,
  '/api/v1/mentor-applications/:id/screening': applicationId,
  '/api/v1/cohorts/:id/match-runs/latest': cohortId,
  '/api/v1/cohorts/:id/match-runs': cohortId,
  '/api/v1/cohorts/:id/matches': cohortId,
  '/api/v1/match-runs/:id': runId,
  '/api/v1/match-runs/:id/publish': runId,
  ...selfServiceGuardFactories,
};
