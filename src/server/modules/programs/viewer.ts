import type { DbOrTx } from '../../db/client';
import { isScreened, type Viewer } from '../../../domain/programs/rules';
import type { programAccess } from './access';
import * as q from './queries';

export type ViewerContext = Viewer & { ownMemberIds: Set<string>; visibleMemberIds: Set<string> | null };

/**
 * Who the caller is in a program, for the privacy rule: their guardianships, the mentees they are
 * matched with, whether they are screened, and (for non-coordinators) which members they may see
 * at all: themselves, coordinators, their published matches, their wards and their own guardian.
 */
export async function viewerIn(db: DbOrTx, programId: string, access: Awaited<ReturnType<typeof programAccess>>): Promise<ViewerContext> {
  const own = new Set(access.memberships.map((m) => m.id));
  const isCoordinator = access.roles.includes('coordinator');
  // One after another: events read the viewer inside their transactions, and a transaction runs one statement at a time.
  const consents = await q.consentsFor(db, programId);
  const matches = await q.matchesOfProgram(db, programId, { memberIds: [...own] });
  const guardianOf = new Set(consents.filter((c) => c.guardianMemberId && own.has(c.guardianMemberId)).map((c) => c.menteeMemberId));
  const mentorOf = new Set(matches.filter((m) => own.has(m.mentorMemberId)).map((m) => m.menteeMemberId));
  const mentorMembership = access.memberships.find((m) => m.role === 'mentor');
  const application = mentorMembership ? await q.applicationOfMember(db, mentorMembership.id) : null;
  const viewer = { userId: access.userId, isCoordinator, guardianOf, mentorOf, screenedMentor: isScreened(application), ownMemberIds: own };
  if (isCoordinator) return { ...viewer, visibleMemberIds: null };
  const visible = new Set<string>(own);
  for (const m of matches) visible.add(m.menteeMemberId).add(m.mentorMemberId);
  for (const id of guardianOf) visible.add(id);
  for (const c of consents) if (own.has(c.menteeMemberId) && c.guardianMemberId) visible.add(c.guardianMemberId);
  for (const c of await q.listMembers(db, programId, { role: 'coordinator' }, null, 1000)) visible.add(c.id);
  return { ...viewer, visibleMemberIds: visible };
}
