import type { Actor } from '../../auth/actor';

export type FindAction = 'list' | 'create' | 'update' | 'delete';

/** Finds are the user's own notes; lives in the room because the shared policies index is not ours to edit. */
export function canFind(actor: Actor, _action: FindAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}
