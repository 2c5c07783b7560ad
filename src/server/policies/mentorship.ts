import type { Actor } from '../auth/actor';

export type MentorshipPolicyAction = 'list' | 'create' | 'read' | 'update' | 'delete' | 'meet' | 'agree' | 'ask';

/**
 * The mentee's side of mentoring (mentorships, goals, meetings, action items, agreements, the
 * wish list) is the owner's alone; another user's ids answer 404.
 */
export function canMentorship(actor: Actor, _action: MentorshipPolicyAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}
