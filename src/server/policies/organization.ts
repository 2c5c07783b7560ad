import type { Actor } from '../auth/actor';

export type OrganizationPolicyAction = 'list' | 'create' | 'read' | 'create_program';

/** Anyone signed in may start an organisation; only its coordinators see it or add programs to it. */
export function canOrganization(actor: Actor, action: OrganizationPolicyAction, org: { coordinatorUserIds: string[] } | null): boolean {
  if (action === 'list' || action === 'create') return true;
  return org !== null && org.coordinatorUserIds.includes(actor.userId);
}
