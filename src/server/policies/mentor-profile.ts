import type { Actor } from '../auth/actor';

export type MentorProfilePolicyAction = 'read' | 'update' | 'delete' | 'request';

/**
 * A mentor profile is private to its owner until listed; listed, every signed-in user may read it
 * and ask its owner for mentoring (never themselves). Only the owner changes or removes it.
 */
export function canMentorProfile(actor: Actor, action: MentorProfilePolicyAction, profile: { userId: string; listed: boolean }): boolean {
  const own = actor.userId === profile.userId;
  if (action === 'read') return own || profile.listed;
  if (action === 'request') return profile.listed || own;
  return own;
}
