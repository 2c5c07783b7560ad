import type { DbOrTx } from '../../db/client';
import type { MemberRole, Viewer } from '../../../domain/programs/rules';
import { programAccess } from './access';
import { viewerIn } from './viewer';
import * as q from './queries';

/**
 * What other rooms (events, the job board) may ask the programs room: who holds which role,
 * who the members are, who the caller is for the minors' privacy rule, and what mentees want to
 * grow in. They never read its tables. Nothing here writes, except the demo's direct member.
 */
export type ProgramMembership = { id: string; role: MemberRole; cohortId: string | null; isMinor: boolean };
export type ProgramPerson = ProgramMembership & { userId: string; name: string; email: string };

/** The caller's memberships in a program (empty when they hold no role: treat as not found). */
export async function membershipsIn(db: DbOrTx, userId: string, programId: string): Promise<ProgramMembership[]> {
  const rows = await q.myMemberships(db, userId, programId);
  return rows.map((m) => ({ id: m.id, role: m.role as MemberRole, cohortId: m.cohortId, isMinor: m.isMinor }));
}

/** The program's name, only when the user holds a role in it. */
export async function programNameFor(db: DbOrTx, userId: string, programId: string): Promise<string | null> {
  return (await q.findProgramForUser(db, userId, programId))?.program.name ?? null;
}

/** Programs the user holds a role in, with their roles. */
export async function programsOf(db: DbOrTx, userId: string): Promise<{ id: string; name: string; roles: MemberRole[] }[]> {
  return (await q.listProgramsForUser(db, userId)).map((r) => ({ id: r.program.id, name: r.program.name, roles: r.roles as MemberRole[] }));
}

/** Every member of a program (one row per role), with name and e-mail; callers apply the privacy rule. */
export async function programPeople(db: DbOrTx, programId: string): Promise<ProgramPerson[]> {
  const rows = await q.listMembers(db, programId, {}, null, 100_000);
  return rows.map((m) => ({ id: m.id, role: m.role as MemberRole, cohortId: m.cohortId, isMinor: m.isMinor, userId: m.userId, name: m.name, email: m.email }));
}

/** The caller as the privacy rule (`canSeeContact`) sees them in this program. */
export async function privacyViewer(db: DbOrTx, userId: string, programId: string): Promise<Viewer> {
  const viewer = await viewerIn(db, programId, await programAccess(db, userId, programId));
  return { userId: viewer.userId, isCoordinator: viewer.isCoordinator, guardianOf: viewer.guardianOf, mentorOf: viewer.mentorOf, screenedMentor: viewer.screenedMentor };
}

/** The ids of the program's cohorts (events may be for one cohort's mentees). */
export async function cohortIdsOf(db: DbOrTx, programId: string): Promise<string[]> {
  return (await q.listCohorts(db, programId)).map((c) => c.id);
}

/** For the demo seeders: a member added directly (real people join through an e-mailed invitation). */
export async function addMemberForDemo(db: DbOrTx, v: { programId: string; userId: string; role: MemberRole; cohortId?: string | null; isMinor?: boolean }) {
  return (await q.insertMember(db, v))?.id ?? null;
}

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

/** Every program the user holds a role in, with their roles (as the job board names them). */
export async function myPrograms(db: DbOrTx, userId: string) {
  return (await programsOf(db, userId)).map((p) => ({ programId: p.id, programName: p.name, roles: p.roles }));
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

/** The guardian a minor mentee's consent names: a guardian member (with their user), or only a recorded name and e-mail. */
export type ConsentGuardian = { userId: string | null; name: string; email: string | null };

/** For events' notices to a minor: the guardian recorded in each mentee membership's consent (absent when none). */
export async function consentGuardians(db: DbOrTx, programId: string, menteeMemberIds: string[]): Promise<Map<string, ConsentGuardian>> {
  if (menteeMemberIds.length === 0) return new Map();
  const consents = await q.consentsFor(db, programId, menteeMemberIds);
  const members = new Map((await q.membersByIds(db, programId, consents.flatMap((c) => (c.guardianMemberId ? [c.guardianMemberId] : [])))).map((m) => [m.id, m]));
  const out = new Map<string, ConsentGuardian>();
  for (const c of consents) {
    const g = c.guardianMemberId ? members.get(c.guardianMemberId) : undefined;
    if (g) out.set(c.menteeMemberId, { userId: g.userId, name: g.name, email: g.email });
    else if (c.guardianEmail) out.set(c.menteeMemberId, { userId: null, name: c.guardianName ?? 'Guardian', email: c.guardianEmail });
  }
  return out;
}

const personOf = (m: q.MemberWithUser): ProgramPerson => ({ id: m.id, role: m.role as MemberRole, cohortId: m.cohortId, isMinor: m.isMinor, userId: m.userId, name: m.name, email: m.email });

/** For the events door list: members by name search and/or user ids, by name with a keyset (`after`), at most `limit`. */
export async function searchProgramPeople(db: DbOrTx, programId: string, f: { search?: string; userIds?: string[] }, after: { name: string; id: string } | null, limit: number): Promise<ProgramPerson[]> {
  return (await q.searchMembers(db, programId, f, after, limit)).map(personOf);
}

/** One member of the program by id (null when not a member of it). */
export async function programPerson(db: DbOrTx, programId: string, memberId: string): Promise<ProgramPerson | null> {
  const m = await q.findMember(db, programId, memberId);
  return m ? personOf(m) : null;
}
