import type { Actor } from '../auth/actor';

export type HabitAction = 'list' | 'create' | 'read' | 'update' | 'delete';

/** Networking habits are personal goals; only their owner sees or edits them. */
export function canHabit(actor: Actor, _action: HabitAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}
