import type { Actor } from '../auth/actor';

export type ContactAction = 'list' | 'create' | 'read' | 'update' | 'delete' | 'restore';

/** Contacts are private to the user who keeps them; nobody else (admins included) reads them through the API. */
export function canContact(actor: Actor, _action: ContactAction, contact: { userId: string }): boolean {
  return actor.userId === contact.userId;
}
