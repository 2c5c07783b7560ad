import { z } from 'zod';
import { timeZoneSchema } from '../accounts/schemas';
import { GOAL_HORIZONS, MENTOR_KINDS, MENTORSHIP_STATUSES } from '../mentoring/rules';
import { agreementResponse, threadPost } from '../mentoring/api';
import { NUL_MESSAGE, noNul } from '../text-fields';

export { THREAD_KINDS, threadPost, threadPostBody, threadResponse, type ThreadPost, type ThreadPostBody } from '../mentoring/api';
import { AGE_BANDS, AVAILABILITIES, GENDERS, REQUEST_STATUSES } from './rules';

/**
 * Request and response schemas of the mentor's side: the mentor profile (/mentor-profile), the
 * directory (/mentor-directory), requests (/mentor-requests) and the mentor's view (/my-mentees).
 */

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .refine(noNul, NUL_MESSAGE)
    .max(max, `${label} is too long (at most ${max} characters)`)
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));
const tags = (label: string) =>
  z.array(z.string().trim().refine(noNul, NUL_MESSAGE).min(1, `Name the ${label}`).max(80, `A ${label} is at most 80 characters`)).max(30, `At most 30 ${label}s`).default([]);
const requiredText = (max: number, label: string, empty: string) => z.string().trim().refine(noNul, NUL_MESSAGE).min(1, empty).max(max, `${label} is too long (at most ${max} characters)`);

export const availability = z.enum(AVAILABILITIES);
export const ageBand = z.enum(AGE_BANDS);
export const gender = z.enum(GENDERS);
export const requestStatus = z.enum(REQUEST_STATUSES);

// The mentor profile

export const mentorProfileBody = z.object({
  /** true: in the directory; false: saved but private (withdrawn). */
  listed: z.boolean(),
  skills: tags('skill'),
  challenges: tags('challenge'),
  languages: tags('language'),
  industry: optionalText(120, 'Industry'),
  role: optionalText(120, 'Role'),
  region: optionalText(120, 'Region'),
  timezone: timeZoneSchema.nullable().optional(),
  availability: availability.default('open'),
  openToTeens: z.boolean().default(false),
  bio: optionalText(2000, 'Bio'),
  /** Optional, never shown in the directory: used only for "outside the box" suggestions. */
  ageBand: ageBand.nullable().optional(),
  gender: gender.nullable().optional(),
}).refine((b) => !b.listed || b.skills.length > 0, { message: 'Name at least one skill you have honed before you list yourself', path: ['skills'] });
export type MentorProfileBody = z.input<typeof mentorProfileBody>;

/** What a listed mentor shows about themselves, in their own profile and in the directory. */
const shownProfileFields = {
  name: z.string(),
  skills: z.array(z.string()),
  challenges: z.array(z.string()),
  languages: z.array(z.string()),
  industry: z.string().nullable(),
  role: z.string().nullable(),
  region: z.string().nullable(),
  timezone: z.string().nullable(),
  availability,
  openToTeens: z.boolean(),
  bio: z.string().nullable(),
};

export const mentorProfileResponse = z.object({
  id: z.string().nullable(),
  exists: z.boolean(),
  listed: z.boolean(),
  ...shownProfileFields,
  ageBand: ageBand.nullable(),
  gender: gender.nullable(),
  updatedAt: z.string().nullable(),
});
export type MentorProfileResponse = z.infer<typeof mentorProfileResponse>;

// The directory

const myRequest = z.object({ id: z.string(), status: requestStatus }).nullable();
export const directoryEntry = z.object({
  id: z.string(),
  ...shownProfileFields,
  /** Your own profile shows in the directory too, marked, and cannot be asked. */
  isYou: z.boolean(),
  /** Your latest request to this mentor, if any. */
  myRequest,
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;

const filterText = z.string().trim().refine(noNul, NUL_MESSAGE).max(120, 'At most 120 characters').optional().transform((v) => (v ? v : undefined));
export const directoryQuery = z.object({
  q: z.string().trim().refine(noNul, NUL_MESSAGE).max(200, 'Search is at most 200 characters').optional(),
  skill: filterText,
  challenge: filterText,
  industry: filterText,
  role: filterText,
  language: filterText,
  region: filterText,
  availability: availability.optional(),
  openToTeens: z.enum(['true', 'false'], { message: 'Use true or false' }).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(500).optional(),
});
export type DirectoryQuery = z.input<typeof directoryQuery>;
export const directoryResponse = z.object({ items: z.array(directoryEntry), nextCursor: z.string().nullable() });
export type DirectoryResponse = z.infer<typeof directoryResponse>;

export const facetsResponse = z.object({
  skills: z.array(z.string()),
  challenges: z.array(z.string()),
  industries: z.array(z.string()),
  roles: z.array(z.string()),
  languages: z.array(z.string()),
  regions: z.array(z.string()),
});
export type FacetsResponse = z.infer<typeof facetsResponse>;

export const suggestionsQuery = z.object({
  /** Skills you want, comma-separated; without it, the areas of growth of your open goals. */
  skills: z.string().trim().refine(noNul, NUL_MESSAGE).max(1000, 'At most 1000 characters').optional(),
  /** Your industry; without it, the one on your own profile. */
  industry: z.string().trim().refine(noNul, NUL_MESSAGE).max(120, 'At most 120 characters').optional(),
});
export const suggestionsResponse = z.object({
  basis: z.object({ skills: z.array(z.string()), industry: z.string().nullable(), usesAgeBand: z.boolean(), usesGender: z.boolean() }),
  items: z.array(z.object({ mentor: directoryEntry, matchedSkills: z.array(z.string()), differences: z.array(z.string()) })),
  nextCursor: z.string().nullable(),
});
export type SuggestionsResponse = z.infer<typeof suggestionsResponse>;

// Requests

export const createRequestBody = z.object({
  mentorProfileId: z.uuid({ message: 'Choose a mentor from the directory' }),
  message: requiredText(2000, 'Message', 'Write a short message to the mentor'),
  kind: z.enum(MENTOR_KINDS).default('other'),
  areas: tags('area'),
});
export type CreateRequestBody = z.input<typeof createRequestBody>;

export const respondBody = z.object({ message: requiredText(2000, 'Message', 'Write a short, kind message') });
export type RespondBody = z.input<typeof respondBody>;

export const listRequestsQuery = z.object({
  box: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: requestStatus.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(500).optional(),
});

export const requestResponse = z.object({
  id: z.string(),
  /** incoming: someone asks you; outgoing: you asked. */
  direction: z.enum(['incoming', 'outgoing']),
  status: requestStatus,
  message: z.string(),
  kind: z.enum(MENTOR_KINDS),
  areas: z.array(z.string()),
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  createdAt: z.string(),
  /** The other person's name. */
  otherName: z.string(),
  /** outgoing: the mentor's directory profile (null once they left it). */
  mentorProfileId: z.string().nullable(),
  /** outgoing and accepted: your mentorship with them. */
  mentorshipId: z.string().nullable(),
  /** incoming and accepted: your mentee. */
  menteeId: z.string().nullable(),
});
export type RequestResponse = z.infer<typeof requestResponse>;
export const requestListResponse = z.object({ items: z.array(requestResponse), nextCursor: z.string().nullable() });
export const requestCountsResponse = z.object({ incomingPending: z.number(), outgoingPending: z.number() });
export type RequestCountsResponse = z.infer<typeof requestCountsResponse>;

// The mentor's view

export const menteeSummary = z.object({
  id: z.string(),
  name: z.string(),
  since: z.string(),
  status: z.enum(MENTORSHIP_STATUSES),
  kind: z.enum(MENTOR_KINDS),
  areas: z.array(z.string()),
  sharedGoals: z.number(),
  openActionItems: z.number(),
  agreementNeedsYou: z.boolean(),
  /** Weeks since anything happened, when the relationship has gone quiet (domain/mentoring/health.ts). */
  quietWeeks: z.number().int().nullable(),
  /** Shadow-a-day requests waiting for your answer. */
  pendingShadowRequests: z.number().int(),
});
export type MenteeSummary = z.infer<typeof menteeSummary>;
export const menteeListResponse = z.object({ items: z.array(menteeSummary), nextCursor: z.string().nullable() });

export const mentorGoalView = z.object({
  id: z.string(),
  horizon: z.enum(GOAL_HORIZONS),
  title: z.string(),
  description: z.string().nullable(),
  areas: z.array(z.string()),
  achieved: z.boolean(),
  posts: z.array(z.object({ id: z.string(), kind: z.enum(['progress', 'challenge', 'comment']), body: z.string(), postedOn: z.string(), authorName: z.string(), mine: z.boolean() })),
});
export type MentorGoalView = z.infer<typeof mentorGoalView>;

export const mentorMeetingView = z.object({
  id: z.string(),
  heldOn: z.string(),
  agenda: z.string().nullable(),
  actionItems: z.array(z.object({ id: z.string(), text: z.string(), owner: z.enum(['me', 'mentor']), dueOn: z.string().nullable(), done: z.boolean() })),
});

export const menteeDetail = menteeSummary.extend({
  goals: z.array(mentorGoalView),
  meetings: z.array(mentorMeetingView),
  agreement: agreementResponse,
  thread: z.array(threadPost),
});
export type MenteeDetail = z.infer<typeof menteeDetail>;

export const mentorActionItemBody = z.object({ done: z.boolean({ message: 'Say done: true or false' }) });
export type MentorActionItemBody = z.input<typeof mentorActionItemBody>;
export const actionItemParams = z.object({ id: z.uuid({ message: 'Not a valid id' }), itemId: z.uuid({ message: 'Not a valid action item id' }) });

export const goalCommentBody = z.object({ body: requiredText(5000, 'Comment', 'Write your comment') });
export type GoalCommentBody = z.input<typeof goalCommentBody>;
export const goalCommentParams = z.object({ id: z.uuid({ message: 'Not a valid id' }), goalId: z.uuid({ message: 'Not a valid goal id' }) });

