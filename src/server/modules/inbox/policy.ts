import type { Actor } from '../../auth/actor';

export type InboxAction = 'list' | 'read' | 'mark' | 'delete' | 'restore' | 'manage_preferences';

/**
 * An inbox item belongs to its recipient alone; nobody else (admins included) reads or marks it.
 * Lives in the room because the shared policies index is not ours to edit.
 */
export function canInbox(actor: Actor, _action: InboxAction, resource: { userId: string } | null): boolean {
  return resource !== null && actor.userId === resource.userId;
}
