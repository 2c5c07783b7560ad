import { z } from 'zod';
import { NUL_MESSAGE, noNul, optionalText } from '../text-fields';
import { PREP_ROLES, PREP_STATUSES } from './interview-prep';

/** Request and response schemas of /interview-preps (the mentee) and /my-mentees/:id/interview-preps (the mentor). */

const required = (max: number, label: string) =>
  z.string({ message: `${label} is required` }).trim().refine(noNul, NUL_MESSAGE).min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`);
/** PostgreSQL refuses years before 1 and after 9999 (an offset can push a valid-looking time there). */
const instant = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 time with offset, e.g. 2026-12-10T14:00:00+01:00' })
  .refine((v) => {
    const t = Date.parse(v);
    return Number.isNaN(t) || (t >= Date.UTC(1000, 0, 1) && t <= Date.UTC(9999, 11, 31));
  }, 'That time is out of range');

export const prepPersonInput = z.object({
  contactId: z.uuid({ message: 'Not a valid contact id' }),
  role: z.enum(PREP_ROLES, { message: `Choose one of: ${PREP_ROLES.join(', ')}` }),
});
export const prepQuestionInput = z.object({
  /** The key of a question already on this preparation (keeps who suggested it). */
  key: z.string().max(100).optional(),
  bankKey: z.string().max(100).nullable().optional(),
  text: optionalText(500, 'Question'),
  answer: optionalText(5000, 'Answer'),
});

const prepFields = {
  company: required(200, 'Company'),
  role: required(200, 'Role'),
  scheduledAt: instant.nullable().optional(),
  location: optionalText(300, 'Location'),
  people: z.array(prepPersonInput).max(20, 'At most 20 people').optional(),
  likelyQuestions: z.array(prepQuestionInput).max(40, 'At most 40 questions').optional(),
  questionsToAsk: z.array(prepQuestionInput).max(30, 'At most 30 questions').optional(),
  researchNotes: optionalText(20_000, 'Research notes'),
  /** One of your mentorships whose mentor is on Trellis, or null to stop sharing. */
  sharedMentorshipId: z.uuid({ message: 'Not a valid mentorship id' }).nullable().optional(),
};
export const createPrepBody = z.object(prepFields);
export const updatePrepBody = z.object(prepFields).partial();
export type CreatePrepBody = z.input<typeof createPrepBody>;
export type UpdatePrepBody = z.input<typeof updatePrepBody>;

export const holdPrepBody = z.object({
  heldAt: instant.optional(),
  /** How it went: the recap the thank-you prompts use. */
  summary: optionalText(5000, 'Summary'),
  topics: z.array(required(100, 'Topic')).max(30, 'At most 30 topics').default([]),
});
export type HoldPrepBody = z.input<typeof holdPrepBody>;

export const prepCommentBody = z.object({ body: required(5000, 'Comment') });
export const prepSuggestionBody = z.object({
  list: z.enum(['likely', 'ask'], { message: 'Choose likely or ask' }),
  text: required(500, 'Question'),
});
export type PrepSuggestionBody = z.input<typeof prepSuggestionBody>;

export const listPrepsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(500).optional(),
});

const question = z.object({ key: z.string(), text: z.string(), bankKey: z.string().nullable(), answer: z.string().nullable(), suggestedBy: z.string().nullable() });
export type PrepQuestionResponse = z.infer<typeof question>;

export const prepResponse = z.object({
  id: z.string(),
  company: z.string(),
  role: z.string(),
  scheduledAt: z.string().nullable(),
  location: z.string().nullable(),
  people: z.array(z.object({ contactId: z.string(), displayName: z.string(), role: z.enum(PREP_ROLES) })),
  likelyQuestions: z.array(question),
  questionsToAsk: z.array(question),
  researchNotes: z.string().nullable(),
  sharedWith: z.object({ mentorshipId: z.string(), mentorName: z.string() }).nullable(),
  status: z.enum(PREP_STATUSES),
  heldAt: z.string().nullable(),
  interactionId: z.string().nullable(),
  practice: z.object({ answered: z.number().int(), total: z.number().int() }),
  comments: z.array(z.object({ id: z.string(), body: z.string(), authorName: z.string(), mine: z.boolean(), createdAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrepResponse = z.infer<typeof prepResponse>;
export const prepListResponse = z.object({ items: z.array(prepResponse), nextCursor: z.string().nullable() });

const bankItem = z.object({ key: z.string(), text: z.string(), hint: z.string() });
export const questionBankResponse = z.object({ likely: z.array(bankItem), toAsk: z.array(bankItem) });

export const menteePrepParams = z.object({ id: z.uuid({ message: 'Not a valid id' }), prepId: z.uuid({ message: 'Not a valid id' }) });
