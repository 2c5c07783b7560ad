import type { Actor } from '../../auth/actor';

export type NotificationAction = 'list_mail' | 'read_mail' | 'preview_digest' | 'manage_calendar_feed';

/**
 * Sent mail, the digest and the feed secret belong to one user; nobody else (admins included)
 * reads them through the API. Lives in the room because the shared policies index is not ours to edit.
 */
export function canNotification(actor: Actor, _action: NotificationAction, resource: { userId: string | null }): boolean {
  return resource.userId !== null && actor.userId === resource.userId;
}
