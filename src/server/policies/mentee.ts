import type { Actor } from '../auth/actor';

export type MenteePolicyAction = 'list' | 'read' | 'comment' | 'agree' | 'answer' | 'follow_through';

/**
 * The mentor's side of a mentorship belongs to the mentor. What it shows of the mentee is limited
 * by the mentoring room to what the mentee shared with that mentorship; coordinators have no part here.
 */
export function canMentee(actor: Actor, _action: MenteePolicyAction, mentee: { userId: string }): boolean {
  return actor.userId === mentee.userId;
}
