import type { Actor } from '../auth/actor';

export type ContactImportAction = 'import' | 'list' | 'read' | 'export' | 'find_duplicates' | 'merge';

/**
 * Imports, exports, duplicate detection and merges act on one user's own address book only;
 * there is no sharing of contacts between users, so the rule is ownership for every action.
 */
export function canContactImport(actor: Actor, _action: ContactImportAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}
