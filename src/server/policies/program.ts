import type { Actor } from '../auth/actor';
import type { MemberRole } from '../../domain/programs/rules';

/** The caller's roles in one program (empty when they hold none). */
export type ProgramAccess = { userId: string; roles: MemberRole[] };

export type ProgramPolicyAction =
  | 'list'
  | 'read'
  | 'update'
  | 'add_cohort'
  | 'invite'
  | 'list_members'
  | 'list_applications'
  | 'apply'
  | 'match'
  | 'read_health';

const COORDINATOR_ONLY: ProgramPolicyAction[] = ['update', 'add_cohort', 'invite', 'list_applications', 'match', 'read_health'];

/**
 * Only members see a program (others get 404); only coordinators manage it; only a mentor member
 * applies to mentor in it.
 */
export function canProgram(actor: Actor, action: ProgramPolicyAction, access: ProgramAccess): boolean {
  if (action === 'list') return true;
  if (access.userId !== actor.userId || access.roles.length === 0) return false;
  if (COORDINATOR_ONLY.includes(action)) return access.roles.includes('coordinator');
  if (action === 'apply') return access.roles.includes('mentor');
  return true;
}
