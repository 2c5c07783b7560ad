/**
 * Shared vocabulary of the follow-through engine. Kept as `as const` tuples so
 * the zod schemas and the TypeScript unions cannot drift apart.
 */

export const INTERACTION_KINDS = [
  'coffee',
  'lunch',
  'call',
  'email',
  'video_call',
  'meeting',
  'event',
  'informational_interview',
  'job_interview',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const CIRCLES = [
  'mentor',
  'colleague',
  'customer',
  'vendor',
  'management',
  'former_colleague',
  'industry_peer',
  'friend_family',
  'other',
] as const;
export type Circle = (typeof CIRCLES)[number];

/** Starred contacts are treated as potential mentors; this is not a real circle a contact can be put in. */
export const POTENTIAL_MENTOR = 'potential_mentor' as const;
export type CadenceCircle = Circle | typeof POTENTIAL_MENTOR;
export const CADENCE_CIRCLES: readonly CadenceCircle[] = [...CIRCLES, POTENTIAL_MENTOR];

/** 'YYYY-MM-DD', a calendar date with no time zone attached. */
export type IsoDate = string;
