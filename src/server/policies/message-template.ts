import type { Actor } from '../auth/actor';

export type MessageTemplateAction = 'list' | 'create' | 'read' | 'update' | 'delete' | 'reset' | 'render';

/**
 * Built-in templates (userId null) are everyone's: reading, rendering and customising one stores
 * a private copy, and the service refuses deleting it (409, reset instead). Custom templates and
 * overrides are their owner's alone.
 */
export function canMessageTemplate(actor: Actor, action: MessageTemplateAction, template: { userId: string | null }): boolean {
  if (template.userId === null) return action !== 'create';
  return actor.userId === template.userId;
}
