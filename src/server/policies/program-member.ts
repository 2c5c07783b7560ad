import type { Actor } from '../auth/actor';
import type { ProgramAccess } from './program';

export type ProgramMemberPolicyAction = 'read' | 'update' | 'remove' | 'record_consent';

/**
 * A member record is visible to the program's coordinators and to the people the member is
 * connected to (themselves, their published match, their guardian): `visible` says the service
 * found such a connection. Members edit their own profile; coordinators manage everyone.
 */
export function canProgramMember(actor: Actor, action: ProgramMemberPolicyAction, r: { access: ProgramAccess; member: { userId: string }; visible: boolean }): boolean {
  if (r.access.userId !== actor.userId || r.access.roles.length === 0) return false;
  const coordinator = r.access.roles.includes('coordinator');
  if (action === 'read') return coordinator || r.visible;
  if (action === 'update') return coordinator || r.member.userId === actor.userId;
  return coordinator;
}
