import type { Actor } from '../auth/actor';

export type CommitmentPolicyAction = 'list' | 'create' | 'read' | 'update' | 'delete' | 'act';

/** The promises ledger is private: who offered what to whom is the owner's business alone. */
export function canCommitment(actor: Actor, _action: CommitmentPolicyAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}
