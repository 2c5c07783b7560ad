import type { Actor } from '../auth/actor';
import type { ProgramAccess } from './program';

export type MatchRunPolicyAction = 'read' | 'run' | 'publish' | 'list_matches';

/** Matching runs are the coordinators' working space; mentors and mentees see only published matches of their own. */
export function canMatchRun(actor: Actor, _action: MatchRunPolicyAction, access: ProgramAccess): boolean {
  return access.userId === actor.userId && access.roles.includes('coordinator');
}
