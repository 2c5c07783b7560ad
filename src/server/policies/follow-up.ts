import type { Actor } from '../auth/actor';

export type FollowUpAction = 'list' | 'read' | 'complete' | 'snooze' | 'skip' | 'reopen';

/** Today items are private to their owner: they name contacts and say what the user owes them. */
export function canFollowUp(actor: Actor, _action: FollowUpAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}
