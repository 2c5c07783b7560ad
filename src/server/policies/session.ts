import type { Actor } from '../auth/actor';

export type SessionAction = 'list' | 'revoke';

export function canSession(actor: Actor, _action: SessionAction, session: { userId: string }): boolean {
  return actor.userId === session.userId;
}
