import { z } from 'zod';
import { isoDate, NUL_MESSAGE, noNul, optionalText } from '../text-fields';
import { createContactBody } from '../network/api';
import { ACTION_OWNERS, GOAL_HORIZONS, GOAL_POST_KINDS, MENTOR_KINDS, MENTORSHIP_STATUSES } from './rules';

/**
 * Request and response schemas of the mentoring API (/mentorships, /mentoring-goals,
 * /mentoring-meetings, /mentoring-action-items, /mentor-wish-list). One source of truth for the
 * server's validation, the OpenAPI document and the web client.
 */


const areas = z.array(z.string().trim().refine(noNul, NUL_MESSAGE).min(1, 'Name the area').max(80, 'Area is too long (at most 80 characters)')).max(30, 'At most 30 areas');
const requiredText = (max: number, label: string, empty: string) => z.string().trim().refine(noNul, NUL_MESSAGE).min(1, empty).max(max, `${label} is too long (at most ${max} characters)`);

// Questions between meetings (with a mentor who has an account)

export const THREAD_KINDS = ['message', 'article', 'job', 'event'] as const;
export const threadPost = z.object({
  id: z.string(),
  kind: z.enum(THREAD_KINDS),
  body: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  authorName: z.string(),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type ThreadPost = z.infer<typeof threadPost>;

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'The link is too long')
  .refine((v) => /^https?:\/\/\S+$/i.test(v) && noNul(v), 'Use a full link starting with http:// or https://');
export const threadPostBody = z
  .object({
    kind: z.enum(THREAD_KINDS).default('message'),
    body: optionalText(5000, 'Message'),
    title: optionalText(300, 'Title'),
    url: httpUrl.nullable().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'message' && !b.body) ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write your question or answer' });
    if (b.kind !== 'message' && !b.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'Give what you share a title' });
  });
export type ThreadPostBody = z.input<typeof threadPostBody>;
export const threadResponse = z.object({ items: z.array(threadPost), nextCursor: z.string().nullable() });

export const mentorKind = z.enum(MENTOR_KINDS);
export const mentorshipStatus = z.enum(MENTORSHIP_STATUSES);
export const goalHorizon = z.enum(GOAL_HORIZONS);

export const createMentorshipBody = z
  .object({
    /** An existing contact, or `newContact` to add one to your network in the same step. */
    contactId: z.uuid({ message: 'Not a valid contact id' }).optional(),
    newContact: createContactBody.optional(),
    kind: mentorKind,
    /** You say this mentor is your manager or in your management chain. */
    isManager: z.boolean().default(false),
    areas: areas.default([]),
    startedOn: isoDate.nullable().optional(),
    notes: optionalText(5000, 'Notes'),
  })
  .refine((b) => Boolean(b.contactId) !== Boolean(b.newContact), { message: 'Choose a contact or add a new one', path: ['contactId'] });
export type CreateMentorshipBody = z.input<typeof createMentorshipBody>;

export const updateMentorshipBody = z
  .object({
    kind: mentorKind.optional(),
    isManager: z.boolean().optional(),
    areas: areas.optional(),
    startedOn: isoDate.nullable().optional(),
    notes: optionalText(5000, 'Notes'),
    status: mentorshipStatus.optional(),
    /** Closing: what you take away from this relationship. */
    reflection: optionalText(10_000, 'Reflection'),
  })
  .refine((b) => b.status !== 'closed' || Boolean(b.reflection), { message: 'Write a short reflection before closing', path: ['reflection'] });
export type UpdateMentorshipBody = z.input<typeof updateMentorshipBody>;

export const listMentorshipsQuery = z.object({ status: mentorshipStatus.optional() });

const warning = z.object({ code: z.enum(['own_manager', 'management_circle']), message: z.string() });

export const mentorshipSummary = z.object({
  id: z.string(),
  contactId: z.string(),
  contact: z
    .object({ id: z.string(), displayName: z.string(), company: z.string().nullable(), title: z.string().nullable(), email: z.string().nullable(), circle: z.string().nullable() })
    .nullable(),
  kind: mentorKind,
  /** From the contact: inside or outside my employer (null = unknown). */
  employer: z.enum(['inside', 'outside']).nullable(),
  isManager: z.boolean(),
  warnings: z.array(warning),
  areas: z.array(z.string()),
  status: mentorshipStatus,
  startedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  reflection: z.string().nullable(),
  /** Closed: an invitation to mentor someone yourself. */
  payItForward: z.string().nullable(),
  /** The latest agreement's review date has come (not for closed mentorships). */
  agreementReviewDue: z.boolean(),
  /** The mentor is a Trellis user (they accepted your request): they read what you share and accept the agreement themselves. */
  mentorOnTrellis: z.boolean(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MentorshipSummary = z.infer<typeof mentorshipSummary>;

export const actionItemResponse = z.object({
  id: z.string(),
  meetingId: z.string(),
  mentorshipId: z.string(),
  text: z.string(),
  owner: z.enum(ACTION_OWNERS),
  dueOn: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type ActionItemResponse = z.infer<typeof actionItemResponse>;

export const meetingResponse = z.object({
  id: z.string(),
  mentorshipId: z.string(),
  heldOn: z.string(),
  agenda: z.string().nullable(),
  notes: z.string().nullable(),
  actionItems: z.array(actionItemResponse),
  createdAt: z.string(),
});
export type MeetingResponse = z.infer<typeof meetingResponse>;

export const agreementVersion = z.object({
  id: z.string(),
  version: z.number(),
  goals: z.string().nullable(),
  cadence: z.string().nullable(),
  channels: z.string().nullable(),
  responseTimes: z.string().nullable(),
  confidentiality: z.string().nullable(),
  duration: z.string().nullable(),
  reviewOn: z.string().nullable(),
  menteeAcceptedAt: z.string().nullable(),
  mentorAcceptedAt: z.string().nullable(),
  /** An external mentor: agreed in conversation on this date. */
  mentorAgreedOn: z.string().nullable(),
  acceptedByBoth: z.boolean(),
  createdAt: z.string(),
});
export const agreementResponse = z.object({
  current: agreementVersion.nullable(),
  /** Every revision, newest first (the current one included). */
  history: z.array(agreementVersion),
  reviewDue: z.boolean(),
});
export type AgreementResponse = z.infer<typeof agreementResponse>;

export const mentorshipResponse = mentorshipSummary.extend({
  meetings: z.array(meetingResponse),
  agreement: agreementResponse,
  sharedGoals: z.array(z.object({ id: z.string(), title: z.string(), horizon: goalHorizon })),
  /** Questions between meetings; empty for a mentor who is not on Trellis. */
  thread: z.array(threadPost),
});
export type MentorshipResponse = z.infer<typeof mentorshipResponse>;

export const mentorshipListResponse = z.object({ items: z.array(mentorshipSummary), nextCursor: z.string().nullable() });

export const boardResponse = z.object({
  covered: z.array(z.object({ area: z.string(), mentors: z.array(z.object({ id: z.string(), name: z.string(), kind: mentorKind })) })),
  uncovered: z.array(z.string()),
});
export type BoardResponse = z.infer<typeof boardResponse>;

// Goals

export const createGoalBody = z.object({
  horizon: goalHorizon,
  title: requiredText(200, 'Goal', 'Name the goal'),
  description: optionalText(5000, 'Description'),
  areas: areas.default([]),
  /** Mentorships this goal is shared with. */
  sharedWith: z.array(z.uuid({ message: 'Not a valid mentorship id' })).max(20).default([]),
});
export type CreateGoalBody = z.input<typeof createGoalBody>;

export const updateGoalBody = z.object({
  horizon: goalHorizon.optional(),
  title: requiredText(200, 'Goal', 'Name the goal').optional(),
  description: optionalText(5000, 'Description'),
  areas: areas.optional(),
  sharedWith: z.array(z.uuid({ message: 'Not a valid mentorship id' })).max(20).optional(),
  achieved: z.boolean().optional(),
});
export type UpdateGoalBody = z.input<typeof updateGoalBody>;

export const goalPostBody = z.object({
  kind: z.enum(GOAL_POST_KINDS),
  body: requiredText(10_000, 'Update', 'Write the update'),
  postedOn: isoDate.optional(),
});
export type GoalPostBody = z.input<typeof goalPostBody>;

export const goalResponse = z.object({
  id: z.string(),
  horizon: goalHorizon,
  title: z.string(),
  description: z.string().nullable(),
  areas: z.array(z.string()),
  achieved: z.boolean(),
  sharedWith: z.array(z.object({ mentorshipId: z.string(), name: z.string() })),
  posts: z.array(z.object({ id: z.string(), kind: z.enum([...GOAL_POST_KINDS, 'comment']), body: z.string(), postedOn: z.string(), createdAt: z.string(), /** A mentor's comment: who wrote it. */ authorName: z.string().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GoalResponse = z.infer<typeof goalResponse>;
export const goalListResponse = z.object({ items: z.array(goalResponse), nextCursor: z.string().nullable() });

// Meetings and action items

const actionItemInput = z.object({
  text: requiredText(1000, 'Action item', 'Write the action item'),
  owner: z.enum(ACTION_OWNERS).default('me'),
  dueOn: isoDate.nullable().optional(),
});
export const createMeetingBody = z.object({
  heldOn: isoDate,
  agenda: optionalText(10_000, 'Agenda'),
  notes: optionalText(20_000, 'Notes'),
  actionItems: z.array(actionItemInput).max(50, 'At most 50 action items').default([]),
});
export type CreateMeetingBody = z.input<typeof createMeetingBody>;
export const updateMeetingBody = z.object({ heldOn: isoDate.optional(), agenda: optionalText(10_000, 'Agenda'), notes: optionalText(20_000, 'Notes') });
export type UpdateMeetingBody = z.input<typeof updateMeetingBody>;
export const createActionItemBody = actionItemInput;
export type CreateActionItemBody = z.input<typeof createActionItemBody>;
export const updateActionItemBody = z.object({
  text: requiredText(1000, 'Action item', 'Write the action item').optional(),
  owner: z.enum(ACTION_OWNERS).optional(),
  dueOn: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});
export type UpdateActionItemBody = z.input<typeof updateActionItemBody>;

export const openActionItem = actionItemResponse.extend({ mentorName: z.string(), meetingHeldOn: z.string() });
export type OpenActionItem = z.infer<typeof openActionItem>;
export const openActionItemsResponse = z.object({ items: z.array(openActionItem), nextCursor: z.string().nullable() });

// Agreement

export const reviseAgreementBody = z.object({
  goals: optionalText(5000, 'Goals'),
  cadence: optionalText(500, 'Meeting cadence'),
  channels: optionalText(500, 'Channels'),
  responseTimes: optionalText(500, 'Response times'),
  confidentiality: optionalText(2000, 'Confidentiality'),
  duration: optionalText(500, 'Duration'),
  reviewOn: isoDate.nullable().optional(),
});
export type ReviseAgreementBody = z.input<typeof reviseAgreementBody>;
export const acceptAgreementBody = z
  .object({
    /** mentee: you accept. mentor: your mentor accepted; for an external mentor give `agreedOn` (in conversation). */
    party: z.enum(['mentee', 'mentor']),
    agreedOn: isoDate.optional(),
  })
  .refine((b) => b.party === 'mentor' || b.agreedOn === undefined, { message: 'Only the mentor agrees in conversation', path: ['agreedOn'] });
export type AcceptAgreementBody = z.input<typeof acceptAgreementBody>;

// Wish list

export const wishListBody = z.object({
  lookingFor: optionalText(1000, 'Who you are looking for'),
  skills: optionalText(2000, 'Skills honed'),
  challenges: optionalText(2000, 'Challenges overcome'),
  industry: optionalText(500, 'Industry'),
  why: optionalText(2000, 'Why'),
});
export type WishListBody = z.input<typeof wishListBody>;
export const wishListResponse = z.object({
  lookingFor: z.string().nullable(),
  skills: z.string().nullable(),
  challenges: z.string().nullable(),
  industry: z.string().nullable(),
  why: z.string().nullable(),
  /** The read-only page to send around; null until the wish list is saved. */
  shareUrl: z.string().nullable(),
  email: z.object({ subject: z.string(), body: z.string() }),
  updatedAt: z.string().nullable(),
});
export type WishListResponse = z.infer<typeof wishListResponse>;
export const wishListTokenParams = z.object({ token: z.string().min(10).max(100) });
