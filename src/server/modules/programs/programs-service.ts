import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { createCohortBody, createProgramBody, listQuery, ProgramResponse, ProgramSummary, updateProgramBody } from '../../../domain/programs/api';
import type { MemberRole } from '../../../domain/programs/rules';
import { canSeeContact } from '../../../domain/programs/rules';
import { notFound } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import type { programAccess } from './access';
import { presentCohort, presentOrg } from './present';
import { viewerIn } from './viewer';
import { menteeIdsByMentorship } from '../mentor-directory/mentees-service';
import * as q from './queries';

export const createOrganization = (db: Db, userId: string, name: string) => db.transaction(async (tx) => presentOrg(await q.insertOrganization(tx, userId, name)));

export async function listOrganizations(db: DbOrTx, userId: string, query: z.output<typeof listQuery>) {
  const rows = await q.listMyOrganizations(db, userId, decodeCursor(query.cursor, 'organizations', 'instant', false), query.limit + 1);
  const page = pageOf(rows, query.limit, 'organizations');
  return { items: page.items.map(presentOrg), nextCursor: page.nextCursor };
}

/** The organisation, with its coordinators, when the user coordinates it (null otherwise). */
export const findCoordinatedOrganization = (db: DbOrTx, userId: string, orgId: string) => q.findCoordinatedOrganization(db, userId, orgId);

const summary = (p: q.ProgramRow, org: { id: string; name: string; createdAt: Date }, roles: MemberRole[]): ProgramSummary => ({
  id: p.id,
  organization: presentOrg(org),
  name: p.name,
  description: p.description,
  participantsAreMinors: p.participantsAreMinors,
  myRoles: [...roles].sort(),
  createdAt: p.createdAt.toISOString(),
});

/** The creator coordinates the new program. */
export async function createProgram(db: Db, userId: string, orgId: string, body: z.output<typeof createProgramBody>) {
  return db.transaction(async (tx) => {
    const program = await q.insertProgram(tx, orgId, { name: body.name, description: body.description ?? null, participantsAreMinors: body.participantsAreMinors });
    await q.insertMember(tx, { programId: program.id, userId, role: 'coordinator' });
    return detail(tx, userId, program.id);
  });
}

export async function listPrograms(db: DbOrTx, userId: string, query: z.output<typeof listQuery>) {
  const rows = await q.listProgramsForUser(db, userId, decodeCursor(query.cursor, 'programs-newest', 'instant', false), query.limit + 1);
  const page = pageOf(rows.map((r) => ({ ...r, id: r.program.id })), query.limit, 'programs-newest');
  return { items: page.items.map((r) => summary(r.program, r.org, r.roles as MemberRole[])), nextCursor: page.nextCursor };
}

async function detail(db: DbOrTx, userId: string, programId: string): Promise<ProgramResponse> {
  const found = await q.findProgramForUser(db, userId, programId);
  if (!found) throw notFound('program');
  const memberships = await q.myMemberships(db, userId, programId);
  const roles = [...new Set(memberships.map((m) => m.role as MemberRole))];
  const access = { userId, roles, memberships };
  const viewer = await viewerIn(db, programId, access);
  const matches = await q.matchesOfProgram(db, programId, { memberIds: [...viewer.ownMemberIds] });
  const wardMatches = viewer.guardianOf.size ? await q.matchesOfProgram(db, programId, { memberIds: [...viewer.guardianOf] }) : [];
  const ids = [...matches, ...wardMatches].flatMap((m) => [m.menteeMemberId, m.mentorMemberId]);
  const people = new Map((await q.membersByIds(db, programId, [...new Set([...ids, ...viewer.guardianOf])])).map((m) => [m.id, m]));
  const menteeIds = await menteeIdsByMentorship(db, userId, matches.flatMap((m) => (m.mentorshipId && viewer.ownMemberIds.has(m.mentorMemberId) ? [m.mentorshipId] : [])));
  const mentor = memberships.find((m) => m.role === 'mentor');
  const application = mentor ? await q.applicationOfMember(db, mentor.id) : null;
  return {
    ...summary(found.program, found.org, roles),
    cohorts: (await q.listCohorts(db, programId)).map(presentCohort),
    myMemberships: memberships.map((m) => ({ id: m.id, role: m.role as MemberRole, cohortId: m.cohortId })),
    myMatches: matches.flatMap((m) => {
      const asMentor = viewer.ownMemberIds.has(m.mentorMemberId);
      const partner = people.get(asMentor ? m.menteeMemberId : m.mentorMemberId);
      if (!partner) return [];
      const visible = canSeeContact(viewer, partner);
      return [
        {
          id: m.id,
          cohortId: m.cohortId,
          as: asMentor ? ('mentor' as const) : ('mentee' as const),
          partner: { memberId: partner.id, name: partner.name, email: visible ? partner.email : null, phone: visible ? partner.phone : null, isMinor: partner.isMinor },
          score: m.score,
          publishedAt: m.publishedAt.toISOString(),
          mentorshipLink: !m.mentorshipId ? null : asMentor ? (menteeIds.has(m.mentorshipId) ? `/mentoring/mentees/${menteeIds.get(m.mentorshipId)}` : null) : `/mentoring/${m.mentorshipId}`,
        },
      ];
    }),
    wards: [...viewer.guardianOf].flatMap((id) => {
      const ward = people.get(id);
      if (!ward) return [];
      const match = wardMatches.find((m) => m.menteeMemberId === id);
      const mentor = match ? people.get(match.mentorMemberId) : undefined;
      return [{ memberId: id, name: ward.name, mentor: mentor ? { memberId: mentor.id, name: mentor.name, email: mentor.email } : null }];
    }),
    myApplicationId: application?.id ?? null,
  };
}

export const getProgram = (db: DbOrTx, userId: string, programId: string) => detail(db, userId, programId);

export async function updateProgram(db: Db, userId: string, programId: string, body: z.output<typeof updateProgramBody>) {
  return db.transaction(async (tx) => {
    const patch: Parameters<typeof q.updateProgram>[2] = {};
    if (body.name !== undefined) patch.name = body.name;
    if (body.description !== undefined) patch.description = body.description;
    if (body.participantsAreMinors !== undefined) patch.participantsAreMinors = body.participantsAreMinors;
    await q.updateProgram(tx, programId, patch);
    return detail(tx, userId, programId);
  });
}

export async function createCohort(db: DbOrTx, programId: string, body: z.output<typeof createCohortBody>) {
  return presentCohort(await q.insertCohort(db, programId, body));
}

export type Access = Awaited<ReturnType<typeof programAccess>>;
