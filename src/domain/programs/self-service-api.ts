import { z } from 'zod';
import { noNul, NUL_MESSAGE } from '../text-fields';
import { MATCHING_MODES, MESSAGE_MAX, MESSAGE_MIN, REQUEST_STATUSES } from './self-service';

/** Request and response schemas of self-service matching (/programs/:id/self-service…, /self-service-requests/:id/…). */
const message = (min: number, label: string) =>
  z
    .string({ message: `Write ${label}` })
    .trim()
    .refine(noNul, NUL_MESSAGE)
    .min(min, min > 1 ? `${label[0]!.toUpperCase()}${label.slice(1)} is too short (at least ${min} characters)` : `Write ${label}`)
    .max(MESSAGE_MAX, `${label[0]!.toUpperCase()}${label.slice(1)} is too long (at most ${MESSAGE_MAX} characters)`);

export const matchingMode = z.enum(MATCHING_MODES, { message: 'Choose coordinator, self_service or both' });
export const matchingModeBody = z.object({ mode: matchingMode });

export const createSelfServiceRequestBody = z.object({
  mentorMemberId: z.uuid({ message: 'Choose a mentor from the list' }),
  message: message(MESSAGE_MIN, 'a short message to the mentor'),
});
export type CreateSelfServiceRequestBody = z.input<typeof createSelfServiceRequestBody>;
export const answerBody = z.object({ message: message(1, 'a short, kind message') });
export const coordinatorDecisionBody = z.object({ note: message(1, 'a short note').nullable().optional() });

const reason = z.object({ criterion: z.string(), points: z.number(), text: z.string() });

export const candidateMentor = z.object({
  memberId: z.string(),
  name: z.string(),
  score: z.number(),
  breakdown: z.record(z.string(), z.number()),
  /** The score per criterion in plain words. */
  reasons: z.array(reason),
  full: z.boolean(),
  capacityLeft: z.number().int(),
  screened: z.boolean(),
  skills: z.array(z.string()),
  industries: z.array(z.string()),
  jobRole: z.string().nullable(),
  languages: z.array(z.string()),
  availability: z.string(),
  timeZone: z.string().nullable(),
  /** The caller's open request to this mentor, if any. */
  requestId: z.string().nullable(),
});
export type CandidateMentor = z.infer<typeof candidateMentor>;

/**
 * The "Choose a mentor" list is paged and filtered on the server: `q` = words that must all appear
 * in a mentor's name, role, skills, industries, languages or availability (any case); `language`
 * = one of the mentor's languages; `hideFull` leaves out mentors with no place left. Keyset paged
 * in the list's order (places left first, best fit first, then member id).
 */
export const MENTOR_PAGE_MAX = 100;
export const mentorChoiceQuery = z.object({
  q: z.string().trim().max(200, 'Search is too long (at most 200 characters)').refine(noNul, NUL_MESSAGE).optional(),
  language: z.string().trim().max(60, 'Language is too long').refine(noNul, NUL_MESSAGE).optional(),
  hideFull: z.enum(['true', 'false'], { message: 'hideFull is true or false' }).transform((v) => v === 'true').optional(),
  limit: z.coerce.number({ message: 'limit is a number' }).int().min(1).max(MENTOR_PAGE_MAX).default(20),
  cursor: z.string().max(500).optional(),
});
export type MentorChoiceQuery = z.input<typeof mentorChoiceQuery>;

export const BLOCKED_CODES = ['self_service_off', 'not_a_mentee', 'no_cohort', 'waiting_for_consent', 'already_matched', 'matched_elsewhere', 'awaiting_approval', 'no_mentors', 'no_screened_mentors'] as const;
export const mentorChoiceResponse = z.object({
  mode: matchingMode,
  /** Why the list is empty or asking is not possible now (null: go ahead). */
  blocked: z.object({ code: z.enum(BLOCKED_CODES), detail: z.string() }).nullable(),
  openRequests: z.number().int(),
  maxOpenRequests: z.number().int(),
  /** One page of the list, in its order. */
  items: z.array(candidateMentor),
  /** How many mentors match the filters, over every page. */
  total: z.number().int(),
  /** The next page of the same filters; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Every language the program's mentors speak (as first spelled), for the language filter. */
  languages: z.array(z.string()),
});
export type MentorChoiceResponse = z.infer<typeof mentorChoiceResponse>;

const person = z.object({ memberId: z.string(), name: z.string() });
export const selfServiceRequestResponse = z.object({
  id: z.string(),
  programId: z.string(),
  cohortId: z.string(),
  status: z.enum(REQUEST_STATUSES),
  /** What the mentor and coordinators read about the mentee: their goals, never contact details. */
  mentee: person.extend({ isMinor: z.boolean(), growthAreas: z.array(z.string()), languages: z.array(z.string()), stage: z.string().nullable(), timeZone: z.string().nullable() }),
  mentor: person,
  message: z.string(),
  response: z.string().nullable(),
  coordinatorNote: z.string().nullable(),
  score: z.number(),
  reasons: z.array(reason),
  matchId: z.string().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** When a pending request expires. */
  expiresAt: z.string().nullable(),
});
export type SelfServiceRequestResponse = z.infer<typeof selfServiceRequestResponse>;

export const selfServiceOverview = z.object({
  mode: matchingMode,
  participantsAreMinors: z.boolean(),
  maxOpenRequests: z.number().int(),
  requestExpiryDays: z.number().int(),
  /** Requests the caller sent as a mentee (newest first). */
  sent: z.array(selfServiceRequestResponse),
  /** Requests to the caller as a mentor: open ones and the last answered. */
  received: z.array(selfServiceRequestResponse),
  /** Coordinators of a minors' program: mentor-accepted requests waiting for approval. */
  approvals: z.array(selfServiceRequestResponse),
  /** Coordinators: how many requests wait for mentors, and how many matches self-service made. */
  counts: z.object({ pending: z.number().int(), awaitingApproval: z.number().int(), matched: z.number().int() }).nullable(),
});
export type SelfServiceOverview = z.infer<typeof selfServiceOverview>;
