import type { DbOrTx } from '../../db/client';
import type { MemberRole } from '../../../domain/programs/rules';
import * as q from './queries';

/**
 * What other rooms (the job board) may ask the programs room. They never read its tables:
 * roles, names and mentee goals come through here, scoped to the caller's membership.
 */
export type ProgramContext = {
  programId: string;
  programName: string;
  participantsAreMinors: boolean;
  roles: MemberRole[];
  memberships: { id: string; role: MemberRole }[];
};

/** The caller's place in a program, or null when they hold no role in it (the caller answers 404). */
export async function programContext(db: DbOrTx, userId: string, programId: string): Promise<ProgramContext | null> {
  const found = await q.findProgramForUser(db, userId, programId);
  if (!found) return null;
  const memberships = (await q.myMemberships(db, userId, programId)).map((m) => ({ id: m.id, role: m.role as MemberRole }));
  return {
    programId,
    programName: found.program.name,
    participantsAreMinors: found.program.participantsAreMinors,
    roles: [...new Set(memberships.map((m) => m.role))],
    memberships,
  };
}

/** Every program the user holds a role in, with their roles. */
export async function myPrograms(db: DbOrTx, userId: string) {
  const rows = await q.listProgramsForUser(db, userId);
  return rows.map((r) => ({ programId: r.program.id, programName: r.program.name, roles: r.roles as MemberRole[] }));
}

/** Names and roles of members of one program (for "posted by"): no contact details leave here. */
export async function memberNames(db: DbOrTx, programId: string, memberIds: string[]) {
  const rows = await q.membersByIds(db, programId, [...new Set(memberIds)]);
  return new Map(rows.map((m) => [m.id, { name: m.name, role: m.role as MemberRole }]));
}

/** What a mentee member told the program they want to grow in: areas of growth, preferred industries and roles. */
export async function menteeGoalTerms(db: DbOrTx, userId: string, programId: string): Promise<string[]> {
  const mine = (await q.myMemberships(db, userId, programId)).filter((m) => m.role === 'mentee');
  return mine.flatMap((m) => [...m.growthAreas, ...m.preferredIndustries, ...m.preferredRoles]);
}
