import type { Actor } from '../auth/actor';
import type { MemberRole } from '../../domain/programs/rules';

export type JobListingPolicyAction = 'list' | 'create' | 'read' | 'update' | 'delete' | 'approve' | 'mark';

/**
 * The job board of a program is its members' only (anyone else gets 404). Mentors and
 * coordinators post; the poster and the program's coordinators edit, close and delete; only
 * coordinators approve; anyone who may see a listing may save it or mark it applied.
 * `visible` says the service found the listing visible to the caller (`canSeeListing`).
 */
export function canJobListing(
  actor: Actor,
  action: JobListingPolicyAction,
  r: { userId: string; roles: MemberRole[]; postedByMe?: boolean; visible?: boolean },
): boolean {
  if (r.userId !== actor.userId || r.roles.length === 0) return false;
  const coordinator = r.roles.includes('coordinator');
  if (action === 'list') return true;
  if (action === 'create') return coordinator || r.roles.includes('mentor');
  if (action === 'approve') return coordinator;
  if (action === 'update' || action === 'delete') return coordinator || r.postedByMe === true;
  return r.visible === true || coordinator;
}
