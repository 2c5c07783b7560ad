import type { Actor } from '../auth/actor';

export type AccountAction = 'read' | 'update' | 'change_password' | 'delete';

/** An account is only ever acted on by its owner; admins manage users through the CLI. */
export function canAccount(actor: Actor, _action: AccountAction, account: { id: string }): boolean {
  return actor.userId === account.id;
}
