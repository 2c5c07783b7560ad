import type { Actor } from '../auth/actor';

export type MentorRequestPolicyAction = 'list' | 'create' | 'read' | 'accept' | 'decline' | 'withdraw';

/**
 * A mentoring request is seen by its two people only: the mentor answers it (accept, decline),
 * the mentee may withdraw it while it waits. Anyone else gets 404.
 */
export function canMentorRequest(actor: Actor, action: MentorRequestPolicyAction, request: { menteeUserId: string; mentorUserId: string }): boolean {
  if (action === 'accept' || action === 'decline') return actor.userId === request.mentorUserId;
  if (action === 'withdraw' || action === 'create') return actor.userId === request.menteeUserId;
  return actor.userId === request.menteeUserId || actor.userId === request.mentorUserId;
}
