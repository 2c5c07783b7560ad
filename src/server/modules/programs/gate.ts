import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMatchRun, canProgram, type MatchRunPolicyAction, type ProgramPolicyAction } from '../../policies/index';
import { programAccess } from './access';
import * as q from './queries';

/** Authorise a program action; anything the caller may not do or see answers 404. */
export async function programGate(db: Db, req: FastifyRequest, programId: string, action: ProgramPolicyAction) {
  const actor = requireActor(req);
  const access = await programAccess(db, actor.userId, programId);
  allowOr404(canProgram(actor, action, access), 'program');
  return { actor, access };
}

/** A cohort's program, then the matching policy on it. */
export async function cohortGate(db: Db, req: FastifyRequest, cohortId: string, action: MatchRunPolicyAction) {
  const actor = requireActor(req);
  const cohort = await q.findCohortForUser(db, actor.userId, cohortId);
  const access = cohort ? await programAccess(db, actor.userId, cohort.programId) : { userId: actor.userId, roles: [], memberships: [] };
  allowOr404(cohort !== null && canMatchRun(actor, action, access), 'cohort');
  return { actor, access, programId: cohort!.programId, cohortId };
}
