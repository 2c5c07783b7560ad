import type { Actor } from '../auth/actor';
import type { ProgramAccess } from './program';

export type MentorApplicationPolicyAction = 'read' | 'screen';

/** An application and its screening are seen by the applicant and coordinators; only coordinators screen. */
export function canMentorApplication(actor: Actor, action: MentorApplicationPolicyAction, r: { access: ProgramAccess; applicantUserId: string }): boolean {
  if (r.access.userId !== actor.userId || r.access.roles.length === 0) return false;
  const coordinator = r.access.roles.includes('coordinator');
  if (action === 'screen') return coordinator;
  return coordinator || r.applicantUserId === actor.userId;
}
