import { z } from 'zod';
import { isoDate, optionalText } from '../text-fields';
import { createContactBody } from '../network/api';
import { STAGES } from './stages';

/**
 * Request and response schemas of the interviews API (/interviews, /interview-questions).
 * One source of truth for the server's validation, the OpenAPI document and the web client.
 */

const instant = z.iso.datetime({ offset: true, message: 'Use an ISO 8601 time with offset, e.g. 2026-11-23T10:00:00+01:00' });

export const stageSchema = z.enum(STAGES);

/** A question id: `builtin:<slug>` or the id of one of your own questions. */
export const questionId = z.string().trim().min(1, 'Choose a question').max(100);

export const pickedQuestionInput = z.object({
  questionId,
  notes: optionalText(10_000, 'Notes'),
});
export const replaceQuestionsBody = z.object({
  items: z
    .array(pickedQuestionInput)
    .max(50, 'At most 50 questions')
    .refine((l) => new Set(l.map((q) => q.questionId)).size === l.length, 'Each question can be picked once'),
});
export type ReplaceQuestionsBody = z.input<typeof replaceQuestionsBody>;

export const createInterviewBody = z
  .object({
    /** An existing contact, or `newContact` to add one to your network in the same step. */
    contactId: z.uuid({ message: 'Not a valid contact id' }).optional(),
    newContact: createContactBody.optional(),
    /** What you are exploring: fills {topic} in the request message. */
    topic: optionalText(200, 'Topic'),
    notes: optionalText(10_000, 'Notes'),
    /** Questions to start with; the first three built-ins when left out. */
    questionIds: z.array(questionId).max(50).optional(),
  })
  .refine((b) => Boolean(b.contactId) !== Boolean(b.newContact), { message: 'Choose a contact or add a new one', path: ['contactId'] });
export type CreateInterviewBody = z.input<typeof createInterviewBody>;

export const updateInterviewBody = z.object({
  topic: optionalText(200, 'Topic'),
  notes: optionalText(10_000, 'Notes'),
  location: optionalText(500, 'Where'),
  scheduledAt: instant.nullable().optional(),
  followUpOn: isoDate.nullable().optional(),
  /** Reflection, after the conversation: how well it flowed (1–5), what you learned, what they care about. */
  flowRating: z.number().int().min(1, 'Rate from 1 to 5').max(5, 'Rate from 1 to 5').nullable().optional(),
  learned: optionalText(10_000, 'What you learned'),
  theyCareAbout: optionalText(10_000, 'What they care about'),
});
export type UpdateInterviewBody = z.input<typeof updateInterviewBody>;

export const moveInterviewBody = z.object({
  to: stageSchema,
  /** scheduled: when you will talk (required). */
  scheduledAt: instant.optional(),
  location: optionalText(500, 'Where'),
  /** asked: when to follow up if there is no answer. */
  followUpOn: isoDate.nullable().optional(),
  /** held: when you talked (defaults to the scheduled time). */
  heldAt: instant.optional(),
  /** held: what you talked about, for the logged interaction and the thank-you. */
  topics: z.array(z.string().trim().min(1).max(100, 'Topic is too long (at most 100 characters)')).max(30, 'At most 30 topics').optional(),
  /** held: a summary for the interaction log; built from your notes when left out. */
  summary: optionalText(20_000, 'Summary'),
  /** held: notes to save with the move, replacing the picked questions. */
  questions: replaceQuestionsBody.shape.items.optional(),
  /** declined/closed: why (optional). */
  reason: optionalText(500, 'Reason'),
});
export type MoveInterviewBody = z.input<typeof moveInterviewBody>;

export const starInterviewBody = z.object({ starred: z.boolean() });

export const listInterviewsQuery = z.object({
  stage: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(stageSchema))
    .optional(),
  contactId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const rankingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});

/** Undo the latest stage move; `stage` is the stage it was moved to (refused if it moved on since). */
export const undoStageBody = z.object({ stage: stageSchema });

/** How many interviews are in each stage, for the board's columns and the tab. */
export const stageCountsResponse = z.object({ total: z.number().int(), byStage: z.partialRecord(stageSchema, z.number().int()) });
export type StageCounts = z.infer<typeof stageCountsResponse>;

const contactSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  starred: z.boolean(),
});

export const pickedQuestion = z.object({
  questionId: z.string(),
  text: z.string(),
  builtIn: z.boolean(),
  notes: z.string().nullable(),
});

export const stageEvent = z.object({ from: stageSchema.nullable(), to: stageSchema, at: z.string(), reason: z.string().nullable() });

export const interviewSummary = z.object({
  id: z.string(),
  stage: stageSchema,
  /** null when the contact was deleted from your network. */
  contact: contactSummary.nullable(),
  contactId: z.string(),
  topic: z.string().nullable(),
  notes: z.string().nullable(),
  location: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  followUpOn: z.string().nullable(),
  /** Asked, not answered, and the follow-up date has come (in your time zone). */
  followUpDue: z.boolean(),
  heldAt: z.string().nullable(),
  /** The interaction logged in your network when it was held. */
  interactionId: z.string().nullable(),
  flowRating: z.number().int().nullable(),
  learned: z.string().nullable(),
  theyCareAbout: z.string().nullable(),
  starred: z.boolean(),
  closedReason: z.string().nullable(),
  questionCount: z.number().int(),
  notesCount: z.number().int(),
  /** Stages this interview can move to now; declined/closed list only the stage they reopen to. */
  allowedMoves: z.array(stageSchema),
  stageChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InterviewSummary = z.infer<typeof interviewSummary>;

export const interviewResponse = interviewSummary.extend({
  questions: z.array(pickedQuestion),
  history: z.array(stageEvent),
  /** The thank-you follow-through put on Today when it was held, and whether it is done. */
  thankYou: z.object({ id: z.string(), status: z.enum(['open', 'done', 'skipped']), dueDate: z.string() }).nullable(),
});
export type InterviewResponse = z.infer<typeof interviewResponse>;

export const interviewListResponse = z.object({ items: z.array(interviewSummary), nextCursor: z.string().nullable() });

export const questionResponse = z.object({
  id: z.string(),
  text: z.string(),
  builtIn: z.boolean(),
  createdAt: z.string().nullable(),
});
export type QuestionResponse = z.infer<typeof questionResponse>;
export const questionListResponse = z.object({ items: z.array(questionResponse), nextCursor: z.string().nullable() });

export const questionBody = z.object({
  text: z.string().trim().min(3, 'Write the question (at least 3 characters)').max(500, 'At most 500 characters'),
});
export const questionIdParams = z.object({ id: z.string().min(1).max(100) });

export const listQuestionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(500).optional(),
});

export const askMessageBody = z.object({
  /** Overrides {topic} (defaults to the interview's topic). */
  topic: z.string().trim().max(200).optional(),
});
