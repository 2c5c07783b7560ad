import type { Actor } from '../auth/actor';

export type ApiTokenAction = 'list' | 'create' | 'revoke';

export function canApiToken(actor: Actor, action: ApiTokenAction, token: { userId: string }): boolean {
  // A token must not mint further tokens: a leaked token could otherwise outlive its revocation.
  if (action === 'create' && actor.via !== 'session') return false;
  return actor.userId === token.userId;
}
