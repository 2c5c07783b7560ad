import type { Actor } from '../../auth/actor';
import type { MemberRole } from '../../../domain/programs/rules';

/**
 * Events of a program: members who are invited (or whose ward is) see and answer them; only the
 * program's coordinators create, edit, cancel and check people in. Anything else answers 404.
 */
export type EventPolicyAction = 'create' | 'list' | 'read' | 'rsvp' | 'manage' | 'check_in' | 'read_attendance' | 'people_met';
export type EventAccess = { userId: string; roles: MemberRole[]; invited: boolean };

const COORDINATOR_ONLY: EventPolicyAction[] = ['create', 'manage', 'check_in', 'read_attendance'];

export function canEvent(actor: Actor, action: EventPolicyAction, access: EventAccess): boolean {
  if (access.userId !== actor.userId || access.roles.length === 0) return false;
  const coordinator = access.roles.includes('coordinator');
  if (COORDINATOR_ONLY.includes(action)) return coordinator;
  if (action === 'list') return true;
  return coordinator || access.invited;
}
