import type { Actor } from '../auth/actor';

export type InterviewPolicyAction = 'list' | 'create' | 'read' | 'update' | 'delete' | 'move' | 'star' | 'ask';

/** Informational interviews, their notes and reflections are the owner's alone. */
export function canInterview(actor: Actor, _action: InterviewPolicyAction, resource: { userId: string }): boolean {
  return actor.userId === resource.userId;
}

export type InterviewQuestionPolicyAction = 'list' | 'create' | 'read' | 'update' | 'delete';

/**
 * Built-in questions (userId null) are everyone's to read and pick, and no one's to change;
 * the user's own questions are theirs alone.
 */
export function canInterviewQuestion(actor: Actor, action: InterviewQuestionPolicyAction, question: { userId: string | null }): boolean {
  if (question.userId === null) return action === 'read' || action === 'list';
  return actor.userId === question.userId;
}
