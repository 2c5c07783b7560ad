import type { Actor } from '../auth/actor';

export type InteractionAction = 'list' | 'create' | 'read' | 'update' | 'delete';

/** The interaction log is private to its owner, like the contacts it mentions. */
export function canInteraction(actor: Actor, _action: InteractionAction, interaction: { userId: string }): boolean {
  return actor.userId === interaction.userId;
}
