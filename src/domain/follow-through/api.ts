import { z } from 'zod';
import {
  cadenceSchema,
  circleCadenceDefaultsSchema,
  habitSchema,
  interactionKindSchema,
  templateSchema,
  weekStartsOnSchema,
} from './schemas';

/**
 * Request and response schemas of the follow-through API (/today, /follow-ups, /commitments,
 * /habits, /templates, /follow-through/settings). One source of truth for server, web and docs.
 */

const isoDate = z.iso.date({ message: 'Use YYYY-MM-DD' });

export const FOLLOW_UP_SOURCES = ['cadence', 'commitment', 'thank_you', 'reach_out', 'occasion', 'share', 'action_item', 'interview', 'interview_prep', 'shadow', 'mentorship', 'job_listing', 'manual'] as const;
export const FOLLOW_UP_STATUSES = ['open', 'done', 'skipped'] as const;
export const FOLLOW_UP_ACTIONS = ['done', 'snooze', 'skip', 'reopen'] as const;

export const followUpItem = z.object({
  id: z.string(),
  source: z.enum(FOLLOW_UP_SOURCES),
  /** The commitment, interaction or contact the item came from. */
  sourceId: z.string().nullable(),
  title: z.string(),
  prompt: z.string().nullable(),
  dueDate: z.string(),
  dueAt: z.string().nullable(),
  contact: z.object({ id: z.string(), displayName: z.string(), company: z.string().nullable() }).nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  snoozedUntil: z.string().nullable(),
  skipReason: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** What the client may do with the item now. */
  actions: z.array(z.enum(FOLLOW_UP_ACTIONS)),
  /** Completing it logs an interaction (keep-in-touch items always do). */
  logsInteraction: z.boolean(),
});
export type FollowUpItem = z.infer<typeof followUpItem>;

export const habitProgress = z.object({
  id: z.string(),
  name: z.string(),
  kind: habitSchema.shape.kind,
  target: z.number().int(),
  count: z.number().int(),
  met: z.boolean(),
  streak: z.number().int(),
  weekStart: z.string(),
  weekEnd: z.string(),
});

export const todayQuery = z.object({
  /** Items per bucket; `counts` always tells the full size. */
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const todayResponse = z.object({
  today: z.string(),
  timeZone: z.string(),
  overdue: z.array(followUpItem),
  dueToday: z.array(followUpItem),
  /** The next 7 days, tomorrow included. */
  upcoming: z.array(followUpItem),
  /** Full bucket sizes, counted up to 1000 (show "1000+"). */
  counts: z.object({ overdue: z.number().int(), dueToday: z.number().int(), upcoming: z.number().int() }),
  habits: z.array(habitProgress),
});
export type TodayResponse = z.infer<typeof todayResponse>;

export const listFollowUpsQuery = z.object({
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  contactId: z.uuid({ message: 'Not a valid contact id' }).optional(),
  source: z.enum(FOLLOW_UP_SOURCES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const followUpListResponse = z.object({ items: z.array(followUpItem), nextCursor: z.string().nullable() });

export const completeFollowUpBody = z
  .object({
    logInteraction: z
      .object({
        kind: interactionKindSchema,
        summary: z.string().trim().max(20_000).nullable().optional(),
        occurredAt: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 time with offset' }).optional(),
        topics: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
      })
      .optional(),
  })
  .default({});
export type CompleteFollowUpBody = z.output<typeof completeFollowUpBody>;

export const snoozeFollowUpBody = z.union([
  z.object({ days: z.union([z.literal(1), z.literal(7)]) }).strict(),
  z.object({ until: isoDate }).strict(),
]);
export const skipFollowUpBody = z.object({ reason: z.string().trim().min(1, 'Say why you skip it').max(500) });
export const UNDO_ACTIONS = ['done', 'snooze', 'skip'] as const;
export type UndoAction = (typeof UNDO_ACTIONS)[number];
export const undoFollowUpBody = z.object({ action: z.enum(UNDO_ACTIONS, { message: 'Undo done, snooze or skip' }) });

export const COMMITMENT_DIRECTIONS = ['they_offered', 'i_promised'] as const;
export const COMMITMENT_STATES = ['open', 'nudged', 'done', 'thanked', 'dropped'] as const;

export const createCommitmentBody = z.object({
  direction: z.enum(COMMITMENT_DIRECTIONS),
  contactId: z.uuid({ message: 'Not a valid contact id' }),
  involvingContactId: z.uuid({ message: 'Not a valid contact id' }).nullable().optional(),
  what: z.string().trim().min(1, 'Say what was offered or promised').max(500),
  dueDate: isoDate.nullable().optional(),
  notes: z.string().trim().max(5000).nullable().optional(),
});
/** `direction` may change only while the commitment is open or nudged (a done promise stays who made it). */
export const updateCommitmentBody = createCommitmentBody.partial();
export type CreateCommitmentBody = z.output<typeof createCommitmentBody>;
export type UpdateCommitmentBody = z.output<typeof updateCommitmentBody>;

export const nextStepResponse = z.object({
  owner: z.enum(['me', 'them']),
  action: z.string(),
  contactId: z.string(),
  title: z.string(),
  dueDate: z.string().nullable(),
});

export const commitmentResponse = z.object({
  id: z.string(),
  direction: z.enum(COMMITMENT_DIRECTIONS),
  state: z.enum(COMMITMENT_STATES),
  contact: z.object({ id: z.string(), displayName: z.string() }),
  involvingContact: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** Derived: who introduced the user to `contact` (their done offer to introduce, if any). */
  introducerContact: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  what: z.string(),
  dueDate: z.string().nullable(),
  notes: z.string().nullable(),
  dropReason: z.string().nullable(),
  nudgeCount: z.number().int(),
  lastNudgedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  thankedAt: z.string().nullable(),
  introducerThankedAt: z.string().nullable(),
  nextSteps: z.array(nextStepResponse),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CommitmentResponse = z.infer<typeof commitmentResponse>;

export const listCommitmentsQuery = z.object({
  state: z.enum(COMMITMENT_STATES).optional(),
  contactId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const commitmentListResponse = z.object({ items: z.array(commitmentResponse), nextCursor: z.string().nullable() });
export const dropCommitmentBody = z.object({ reason: z.string().trim().min(1, 'Say why the commitment is dropped').max(500) });

export const createHabitBody = habitSchema.extend({ name: z.string().trim().min(1).max(120) });
export const updateHabitBody = createHabitBody.partial();
export type CreateHabitBody = z.output<typeof createHabitBody>;
export const habitResponse = habitProgress.extend({
  filter: z.object({ kinds: z.array(z.string()).optional(), circles: z.array(z.string()).optional() }),
  thisWeekMet: z.boolean(),
  createdAt: z.string(),
});
export const habitListResponse = z.object({ items: z.array(habitResponse), nextCursor: z.string().nullable() });

export const templateResponse = z.object({
  /** A built-in id ('thank-you-recap') or the uuid of a custom template. */
  id: z.string(),
  name: z.string(),
  channel: z.enum(['email', 'linkedin']),
  subject: z.string().nullable(),
  body: z.string(),
  characterLimit: z.number().int().nullable(),
  builtIn: z.boolean(),
  /** A built-in the user edited; reset brings the original back. */
  customized: z.boolean(),
});
export type TemplateResponse = z.infer<typeof templateResponse>;
export const templateListResponse = z.object({ items: z.array(templateResponse), nextCursor: z.string().nullable() });
export const createTemplateBody = templateSchema.omit({ channel: true, characterLimit: true });
export const updateTemplateBody = createTemplateBody.partial();
export const templateIdParams = z.object({ id: z.string().min(1).max(100) });

export const renderTemplateBody = z.object({
  contactId: z.uuid({ message: 'Not a valid contact id' }).optional(),
  followUpId: z.uuid({ message: 'Not a valid follow-up id' }).optional(),
  fields: z.record(z.string(), z.string().max(5000)).optional(),
});
export const renderedTemplateResponse = z.object({
  subject: z.string().nullable(),
  body: z.string(),
  missing: z.array(z.string()),
  unknown: z.array(z.string()),
  length: z.number().int(),
  characterLimit: z.number().int().nullable(),
  overLimit: z.boolean(),
  mailto: z.string().nullable(),
});

export const followThroughSettingsResponse = z.object({
  digest: z.enum(['off', 'daily', 'weekly']),
  digestHour: z.number().int(),
  weekStartsOn: weekStartsOnSchema,
  circleCadences: circleCadenceDefaultsSchema,
  occasionLeadDays: z.number().int(),
  /** The cadence each circle gets: the user's override, else the default (null = off). */
  effectiveCircleCadences: z.record(z.string(), cadenceSchema.nullable()),
});
export const updateFollowThroughSettingsBody = z
  .object({
    digest: z.enum(['off', 'daily', 'weekly']),
    digestHour: z.number().int().min(0).max(23),
    weekStartsOn: weekStartsOnSchema,
    circleCadences: circleCadenceDefaultsSchema,
    occasionLeadDays: z.number().int().min(0).max(60),
  })
  .partial();
export type UpdateFollowThroughSettingsBody = z.output<typeof updateFollowThroughSettingsBody>;
