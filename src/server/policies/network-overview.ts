import type { Actor } from '../auth/actor';

export type NetworkOverviewAction = 'read';

/** The overview summarises one user's own contacts; no one else may read it. */
export function canNetworkOverview(actor: Actor, _action: NetworkOverviewAction, owner: { userId: string }): boolean {
  return actor.userId === owner.userId;
}
