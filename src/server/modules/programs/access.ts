import type { DbOrTx } from '../../db/client';
import type { MemberRole } from '../../../domain/programs/rules';
import type { ProgramAccess } from '../../policies/index';
import * as q from './queries';

/** The caller's roles in a program; no roles (and so a 404 from the policy) when the program is not theirs to see. */
export async function programAccess(db: DbOrTx, userId: string, programId: string): Promise<ProgramAccess & { memberships: q.MemberRow[] }> {
  const memberships = await q.myMemberships(db, userId, programId);
  return { userId, roles: [...new Set(memberships.map((m) => m.role as MemberRole))], memberships };
}

export const noAccess = (userId: string): ProgramAccess & { memberships: q.MemberRow[] } => ({ userId, roles: [], memberships: [] });
