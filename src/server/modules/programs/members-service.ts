import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { guardianConsentBody, membersQuery, updateMemberBody } from '../../../domain/programs/api';
import { badRequest, conflict, notFound } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import { askNewCoordinatorAboutWaiting, retractAsksOf } from './inbox-news';
import { closeRequestsOfMoved } from './self-service-service';
import { presentMember } from './present';
import type { ViewerContext } from './viewer';
import * as q from './queries';

const ORDER = 'program-members';

/**
 * A user takes a role in the program (an accepted invitation), inside the caller's transaction.
 * A new coordinator is asked about every mentor's yes still waiting for approval, in the same
 * transaction, so nobody who can decide is left unasked. Null when they already held the role.
 */
export async function joinProgram(tx: DbOrTx, v: Parameters<typeof q.insertMember>[1]) {
  const row = await q.insertMember(tx, v);
  if (row && v.role === 'coordinator') await askNewCoordinatorAboutWaiting(tx, v.programId, v.userId);
  return row;
}

export async function listMembers(db: DbOrTx, viewer: ViewerContext, programId: string, query: z.output<typeof membersQuery>) {
  const after = decodeCursor(query.cursor, ORDER, 'instant', false);
  const onlyIds = viewer.visibleMemberIds ? [...viewer.visibleMemberIds] : undefined;
  const rows = await q.listMembers(db, programId, { role: query.role, onlyIds }, after, query.limit + 1);
  const page = pageOf(rows, query.limit, ORDER);
  const consents = new Map((await q.consentsFor(db, programId, page.items.map((m) => m.id))).map((c) => [c.menteeMemberId, c]));
  return { items: page.items.map((m) => presentMember(viewer, m, consents.get(m.id))), nextCursor: page.nextCursor };
}

export const findMember = (db: DbOrTx, programId: string, memberId: string) => q.findMember(db, programId, memberId);
export const programOfMember = (db: DbOrTx, userId: string, memberId: string) => q.programOfMember(db, userId, memberId);

export async function getMember(db: DbOrTx, viewer: ViewerContext, programId: string, memberId: string) {
  const m = await q.findMember(db, programId, memberId);
  if (!m) throw notFound('member');
  const [consent] = await q.consentsFor(db, programId, [memberId]);
  return presentMember(viewer, m, consent);
}

const COORDINATOR_FIELDS = ['cohortId', 'isMinor', 'managerMemberId'] as const;

/**
 * Members keep their own profile (phone, growth areas, preferences, languages, time zone, stage);
 * the cohort, the minor flag and a recorded manager are the coordinator's to set. Moving a mentee
 * to another cohort closes the self-service requests they had open in the old one.
 */
export async function updateMember(db: Db, viewer: ViewerContext, programId: string, memberId: string, body: z.output<typeof updateMemberBody>, now: Date) {
  return db.transaction(async (tx) => {
    const m = await q.findMember(tx, programId, memberId, true);
    if (!m) throw notFound('member');
    if (!viewer.isCoordinator) {
      const refused = COORDINATOR_FIELDS.filter((f) => body[f] !== undefined);
      if (refused.length) throw badRequest(`${refused[0]}: Only a coordinator can change this`, refused.map((f) => ({ path: f, message: 'Only a coordinator can change this' })));
    }
    if (body.cohortId) {
      const cohorts = await q.listCohorts(tx, programId);
      if (!cohorts.some((c) => c.id === body.cohortId)) throw badRequest('cohortId: No such cohort in this program', [{ path: 'cohortId', message: 'No such cohort in this program' }]);
    }
    if (body.managerMemberId) {
      const manager = await q.findMember(tx, programId, body.managerMemberId);
      if (!manager || manager.role !== 'mentor' || manager.id === m.id) {
        throw badRequest('managerMemberId: Choose a mentor of this program', [{ path: 'managerMemberId', message: 'Choose a mentor of this program' }]);
      }
    }
    const patch: Parameters<typeof q.updateMember>[3] = {};
    for (const key of ['cohortId', 'isMinor', 'phone', 'growthAreas', 'preferredIndustries', 'preferredRoles', 'languages', 'timeZone', 'stage', 'managerMemberId'] as const) {
      if (body[key] !== undefined) (patch as Record<string, unknown>)[key] = body[key];
    }
    await q.updateMember(tx, programId, memberId, patch);
    if (m.role === 'mentee' && body.cohortId !== undefined && body.cohortId !== m.cohortId) await closeRequestsOfMoved(tx, programId, memberId, body.cohortId, now);
    return getMember(tx, viewer, programId, memberId);
  });
}

export async function removeMember(db: Db, programId: string, memberId: string) {
  await db.transaction(async (tx) => {
    const coordinators = await q.lockCoordinators(tx, programId);
    const m = await q.findMember(tx, programId, memberId, true);
    if (!m) throw notFound('member');
    if (m.role === 'coordinator' && coordinators.length <= 1) {
      throw conflict('last_coordinator', 'This is the only coordinator of the program. Invite another coordinator (and let them accept) before removing this one.');
    }
    await q.deleteMember(tx, programId, memberId);
    if (m.role === 'coordinator') await retractAsksOf(tx, programId, m.userId);
  });
}

/** Consent from a guardian member of the program, or a guardian recorded by name (and e-mail). */
export async function recordConsent(db: Db, viewer: ViewerContext, userId: string, programId: string, memberId: string, body: z.output<typeof guardianConsentBody>) {
  return db.transaction(async (tx) => {
    const m = await q.findMember(tx, programId, memberId, true);
    if (!m) throw notFound('member');
    if (m.role !== 'mentee') throw conflict('not_a_mentee', 'Guardian consent is recorded for mentees.');
    if (body.guardianMemberId) {
      const g = await q.findMember(tx, programId, body.guardianMemberId);
      if (!g || g.role !== 'guardian') throw badRequest('guardianMemberId: Choose a guardian member of this program', [{ path: 'guardianMemberId', message: 'Choose a guardian member of this program' }]);
    }
    await q.upsertConsent(tx, {
      menteeMemberId: memberId,
      guardianMemberId: body.guardianMemberId ?? null,
      guardianName: body.guardianName ?? null,
      guardianEmail: body.guardianEmail ?? null,
      consentGivenOn: body.consentGivenOn,
      recordedBy: userId,
    });
    return getMember(tx, viewer, programId, memberId);
  });
}

export async function withdrawConsent(db: Db, programId: string, memberId: string) {
  const m = await q.findMember(db, programId, memberId);
  if (!m) throw notFound('member');
  await q.deleteConsent(db, memberId);
}
