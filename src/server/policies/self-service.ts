import type { Actor } from '../auth/actor';
import type { ProgramAccess } from './program';

export type SelfServicePolicyAction = 'read' | 'set_mode' | 'choose' | 'request';
export type SelfServiceRequestPolicyAction = 'accept' | 'decline' | 'withdraw' | 'approve' | 'reject';

/**
 * Self-service matching in a program: every member reads their own side of it (the service shows
 * each role only its own requests); coordinators set the mode; only mentees browse and ask.
 */
export function canSelfService(actor: Actor, action: SelfServicePolicyAction, access: ProgramAccess): boolean {
  if (access.userId !== actor.userId || access.roles.length === 0) return false;
  if (action === 'set_mode') return access.roles.includes('coordinator');
  if (action === 'choose' || action === 'request') return access.roles.includes('mentee');
  return true;
}

/**
 * A request is answered by its mentor, withdrawn by its mentee, and approved or declined by the
 * program's coordinators (minors' programs). Anyone else, in the program or not, gets 404.
 */
export function canSelfServiceRequest(actor: Actor, action: SelfServiceRequestPolicyAction, r: { access: ProgramAccess; menteeUserId: string; mentorUserId: string }): boolean {
  if (r.access.userId !== actor.userId || r.access.roles.length === 0) return false;
  if (action === 'accept' || action === 'decline') return actor.userId === r.mentorUserId;
  if (action === 'withdraw') return actor.userId === r.menteeUserId;
  return r.access.roles.includes('coordinator');
}
