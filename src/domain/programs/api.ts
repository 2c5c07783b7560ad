import { z } from 'zod';
import { isoDate, optionalText } from '../text-fields';
import { emailSchema, timeZoneSchema } from '../accounts/schemas';
import { CRITERIA } from '../matching/index';
import { BACKGROUND_CHECKS, MEMBER_ROLES, STAGES } from './rules';

/**
 * Request and response schemas of the programs API (/organizations, /programs, /cohorts,
 * /program-members, /mentor-applications, /match-runs, /invitations).
 */
const name = (label: string, max = 120) => z.string().trim().min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`);
/** A short list of tags (skills, industries, languages): trimmed, de-duplicated. */
const tags = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label}: an empty entry`).max(80, `${label}: at most 80 characters each`))
    .max(30, `${label}: at most 30`)
    .transform((l) => [...new Set(l)]);

export const memberRole = z.enum(MEMBER_ROLES);
export const backgroundCheck = z.enum(BACKGROUND_CHECKS);
export const menteeStage = z.enum(STAGES);

export const createOrganizationBody = z.object({ name: name('Name') });
export const organizationResponse = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });

export const createProgramBody = z.object({
  name: name('Name'),
  description: optionalText(2000, 'Description'),
  participantsAreMinors: z.boolean().default(false),
});
export type CreateProgramBody = z.input<typeof createProgramBody>;
export const updateProgramBody = z.object({
  name: name('Name').optional(),
  description: optionalText(2000, 'Description'),
  participantsAreMinors: z.boolean().optional(),
});
export type UpdateProgramBody = z.input<typeof updateProgramBody>;

export const createCohortBody = z
  .object({ name: name('Name'), startsOn: isoDate, endsOn: isoDate })
  .refine((c) => c.endsOn >= c.startsOn, { message: 'The end date must be on or after the start date', path: ['endsOn'] });
export type CreateCohortBody = z.input<typeof createCohortBody>;

export const cohortResponse = z.object({ id: z.string(), programId: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() });
export type CohortResponse = z.infer<typeof cohortResponse>;

const partner = z.object({
  memberId: z.string(),
  name: z.string(),
  /** null when the privacy rule hides it from you. */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isMinor: z.boolean(),
});
export const myMatch = z.object({
  id: z.string(),
  cohortId: z.string(),
  as: z.enum(['mentor', 'mentee']),
  partner,
  score: z.number(),
  publishedAt: z.string(),
  /** Where the match's mentorship opens in Mentoring (the mentee's mentorship, or the mentor's page for the mentee); null when there is none. */
  mentorshipLink: z.string().nullable(),
});

export const programSummary = z.object({
  id: z.string(),
  organization: organizationResponse,
  name: z.string(),
  description: z.string().nullable(),
  participantsAreMinors: z.boolean(),
  myRoles: z.array(memberRole),
  createdAt: z.string(),
});
export type ProgramSummary = z.infer<typeof programSummary>;
export const programResponse = programSummary.extend({
  cohorts: z.array(cohortResponse),
  myMemberships: z.array(z.object({ id: z.string(), role: memberRole, cohortId: z.string().nullable() })),
  myMatches: z.array(myMatch),
  /** For guardians: the minors whose consent names them, and each one's published mentor. */
  wards: z.array(z.object({ memberId: z.string(), name: z.string(), mentor: z.object({ memberId: z.string(), name: z.string(), email: z.string() }).nullable() })),
  /** The caller's mentor application, if they are a mentor. */
  myApplicationId: z.string().nullable(),
});
export type ProgramResponse = z.infer<typeof programResponse>;
export const programListResponse = z.object({ items: z.array(programSummary), nextCursor: z.string().nullable() });
export const organizationListResponse = z.object({ items: z.array(organizationResponse), nextCursor: z.string().nullable() });

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export const membersQuery = listQuery.extend({ role: memberRole.optional() });

export const memberResponse = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  role: memberRole,
  cohortId: z.string().nullable(),
  isMinor: z.boolean(),
  /** Contact details: null when the privacy rule hides them from you. */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  contactHidden: z.boolean(),
  growthAreas: z.array(z.string()),
  preferredIndustries: z.array(z.string()),
  preferredRoles: z.array(z.string()),
  languages: z.array(z.string()),
  timeZone: z.string().nullable(),
  stage: menteeStage.nullable(),
  managerMemberId: z.string().nullable(),
  guardianConsent: z
    .object({ guardianMemberId: z.string().nullable(), guardianName: z.string().nullable(), guardianEmail: z.string().nullable(), consentGivenOn: z.string() })
    .nullable(),
  createdAt: z.string(),
});
export type MemberResponse = z.infer<typeof memberResponse>;
export const memberListResponse = z.object({ items: z.array(memberResponse), nextCursor: z.string().nullable() });

export const updateMemberBody = z.object({
  cohortId: z.uuid({ message: 'Choose a cohort' }).nullable().optional(),
  isMinor: z.boolean().optional(),
  phone: z
    .string()
    .trim()
    .max(40, 'Phone is too long')
    .regex(/^[+()\d\s./-]*$/, 'Use digits, spaces and + ( ) - only')
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v)),
  growthAreas: tags('Areas of growth').optional(),
  preferredIndustries: tags('Preferred industries').optional(),
  preferredRoles: tags('Preferred roles').optional(),
  languages: tags('Languages').optional(),
  timeZone: timeZoneSchema.nullable().optional(),
  stage: menteeStage.nullable().optional(),
  managerMemberId: z.uuid({ message: 'Choose a mentor' }).nullable().optional(),
});
export type UpdateMemberBody = z.input<typeof updateMemberBody>;

export const guardianConsentBody = z
  .object({
    guardianMemberId: z.uuid({ message: 'Choose a guardian' }).nullable().optional(),
    guardianName: optionalText(120, 'Guardian name'),
    guardianEmail: emailSchema.nullable().optional(),
    consentGivenOn: isoDate,
  })
  .refine((b) => Boolean(b.guardianMemberId) || Boolean(b.guardianName), { message: 'Choose a guardian member or enter the guardian’s name', path: ['guardianName'] });
export type GuardianConsentBody = z.input<typeof guardianConsentBody>;

export const createInvitationBody = z.object({
  email: emailSchema,
  role: memberRole,
  cohortId: z.uuid({ message: 'Choose a cohort' }).nullable().optional(),
  /** For mentees; defaults to the program's setting. */
  isMinor: z.boolean().optional(),
});
export type CreateInvitationBody = z.input<typeof createInvitationBody>;
export const invitationResponse = z.object({
  id: z.string(),
  programId: z.string(),
  email: z.string(),
  role: memberRole,
  cohortId: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'revoked']),
  mailStatus: z.enum(['sent', 'failed', 'unknown']),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export const invitationListResponse = z.object({ items: z.array(invitationResponse), nextCursor: z.string().nullable() });
export const tokenParams = z.object({ token: z.string().min(10).max(200) });
/** What the invitee sees before accepting. */
export const invitationPreview = z.object({
  programId: z.string(),
  programName: z.string(),
  organizationName: z.string(),
  role: memberRole,
  email: z.string(),
  alreadyMember: z.boolean(),
  /** The signed-in account's e-mail, and whether it is the invited one (only then may it accept). */
  signedInAs: z.string(),
  emailMatches: z.boolean(),
});

export const reference = z.object({ name: name('Reference name'), contacted: z.boolean().default(false), ok: z.boolean().default(false) });

export const applicationBody = z.object({
  motivation: name('Motivation', 4000),
  skills: tags('Skills honed'),
  industries: tags('Industries'),
  jobRole: optionalText(120, 'Role'),
  languages: tags('Languages'),
  availability: name('Availability', 500),
  timeZone: timeZoneSchema.nullable().optional(),
  preferredStages: z.array(menteeStage).max(10).default([]),
  capacity: z.number({ message: 'Enter how many mentees' }).int('Use a whole number').min(1, 'At least 1 mentee').max(20, 'At most 20 mentees'),
});
export type ApplicationBody = z.input<typeof applicationBody>;

export const screeningBody = z.object({
  backgroundCheck,
  trainingCompletedOn: isoDate.nullable(),
  references: z.array(reference).max(10, 'At most 10 references'),
  screeningNotes: optionalText(4000, 'Notes'),
});
export type ScreeningBody = z.input<typeof screeningBody>;

export const applicationResponse = z.object({
  id: z.string(),
  programId: z.string(),
  memberId: z.string(),
  mentorName: z.string(),
  motivation: z.string(),
  skills: z.array(z.string()),
  industries: z.array(z.string()),
  jobRole: z.string().nullable(),
  languages: z.array(z.string()),
  availability: z.string(),
  timeZone: z.string().nullable(),
  preferredStages: z.array(menteeStage),
  capacity: z.number().int(),
  /** Screening: only the coordinator and the applicant see it. */
  backgroundCheck,
  trainingCompletedOn: z.string().nullable(),
  references: z.array(z.object({ name: z.string(), contacted: z.boolean(), ok: z.boolean() })),
  screeningNotes: z.string().nullable(),
  screened: z.boolean(),
  /** What is still missing before the mentor counts as screened. */
  screeningMissing: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationResponse = z.infer<typeof applicationResponse>;
export const applicationListResponse = z.object({ items: z.array(applicationResponse), nextCursor: z.string().nullable() });

const pairRef = z.object({ mentee: z.uuid({ message: 'Not a valid mentee id' }), mentor: z.uuid({ message: 'Not a valid mentor id' }) });
export const weightsSchema = z.object(
  Object.fromEntries(CRITERIA.map((c) => [c, z.number().int('Use a whole number').min(0, 'At least 0').max(10, 'At most 10').optional()])) as Record<
    (typeof CRITERIA)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);
export const runMatchBody = z.object({
  weights: weightsSchema.default({}),
  pinned: z.array(pairRef).max(1000).default([]),
  forbidden: z.array(pairRef).max(5000).default([]),
  /** Keep the last run's pairs wherever that costs no score (default true). */
  stable: z.boolean().default(true),
});
export type RunMatchBody = z.input<typeof runMatchBody>;

const person = z.object({ memberId: z.string(), name: z.string(), isMinor: z.boolean() });
export const runPair = z.object({
  mentee: person,
  mentor: person.extend({ screened: z.boolean() }),
  score: z.number(),
  breakdown: z.record(z.string(), z.number()),
  pinned: z.boolean(),
  kept: z.boolean(),
  /** The engine's "why not a better mentor?": `summary` in plain words, `reason` as the engine put it (with names). */
  betterMentors: z.array(z.object({ mentor: person, score: z.number(), summary: z.string(), reason: z.string() })),
});
export const matchRunResponse = z.object({
  id: z.string(),
  cohortId: z.string(),
  weights: z.record(z.string(), z.number()),
  pinned: z.array(z.object({ mentee: z.string(), mentor: z.string() })),
  forbidden: z.array(z.object({ mentee: z.string(), mentor: z.string() })),
  pairs: z.array(runPair),
  unmatched: z.array(z.object({ mentee: person, reason: z.string() })),
  /** `capacity` is the places this run may fill: `heldForApproval` of the application's are held by a mentor's self-service yes awaiting approval. */
  mentors: z.array(person.extend({ screened: z.boolean(), capacity: z.number().int(), assigned: z.number().int(), heldForApproval: z.number().int() })),
  objective: z.number(),
  warnings: z.array(z.string()),
  solveMs: z.number(),
  publishedAt: z.string().nullable(),
  /** Only the newest run of a cohort can be published. */
  isLatest: z.boolean(),
  createdAt: z.string(),
});
export type MatchRunResponse = z.infer<typeof matchRunResponse>;
export const latestRunResponse = z.object({ run: matchRunResponse.nullable() });
export const publishBody = z.object({
  /** How many pairs the coordinator saw; publishing refuses if the run holds a different set. */
  pairCount: z.number().int().min(0),
});

export const matchResponse = z.object({
  id: z.string(),
  cohortId: z.string(),
  mentee: person,
  mentor: person,
  score: z.number(),
  breakdown: z.record(z.string(), z.number()),
  publishedAt: z.string(),
});
export const matchListResponse = z.object({ items: z.array(matchResponse), nextCursor: z.string().nullable() });

export const healthResponse = z.object({
  activeMatches: z.number().int(),
  mentees: z.number().int(),
  unmatchedMentees: z.number().int(),
  mentors: z.number().int(),
  minorsWithoutConsent: z.number().int(),
  screening: z.object({ notApplied: z.number().int(), notStarted: z.number().int(), pending: z.number().int(), cleared: z.number().int(), failed: z.number().int(), screened: z.number().int() }),
  byCohort: z.array(z.object({ cohortId: z.string(), name: z.string(), mentees: z.number().int(), matched: z.number().int() })),
  /** Outcomes: retention across cohorts, alumni who became mentors, job-board activity (see src/domain/programs/outcomes.ts). */
  outcomes: z.object({
    cohorts: z.array(
      z.object({
        cohortId: z.string(),
        name: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        ended: z.boolean(),
        mentees: z.number().int(),
        matched: z.number().int(),
        mentorsMatched: z.number().int(),
        mentorsReturned: z.number().int(),
        adultAlumni: z.number().int(),
        alumniInvited: z.number().int(),
        alumniMentors: z.number().int(),
        menteesWhoApplied: z.number().int(),
      }),
    ),
    alumni: z.object({ adults: z.number().int(), invited: z.number().int(), becameMentors: z.number().int() }),
    /** Mentors of cohorts that have a later cohort, and how many of them mentor again in one. */
    mentorRetention: z.object({ mentors: z.number().int(), returned: z.number().int() }),
    jobBoard: z.object({ listings: z.number().int(), pendingListings: z.number().int(), saves: z.number().int(), applications: z.number().int(), menteesWhoApplied: z.number().int() }),
  }),
  /**
   * How the published matches' mentorships are doing (src/domain/programs/match-activity.ts):
   * counts and dates from the mentoring room, never what anyone wrote.
   */
  matchActivity: z.object({
    matches: z.number().int(),
    /** Matches whose mentorship still exists (a mentee may delete theirs). */
    withMentorship: z.number().int(),
    /** Open matches with a meeting in the last 30 days. */
    meetingMonthly: z.number().int(),
    /** Quiet by the mentoring room's rule: nothing for longer than the agreed cadence × 1.5, or 8 weeks. */
    quiet: z.number().int(),
    ended: z.number().int(),
    medianMeetings90: z.number().nullable(),
    /** Goals mentees shared with their program mentor, and how many are achieved. */
    goals: z.object({ shared: z.number().int(), achieved: z.number().int() }),
    agreementsAccepted: z.number().int(),
    meetingsDistribution: z.array(z.object({ meetings: z.string(), matches: z.number().int() })),
    byCohort: z.array(
      z.object({ cohortId: z.string(), name: z.string(), metThisMonth: z.number().int(), noRecentMeeting: z.number().int(), quiet: z.number().int(), ended: z.number().int(), noMentorship: z.number().int() }),
    ),
    quietMatches: z.array(
      z.object({ matchId: z.string(), cohortName: z.string(), menteeName: z.string(), mentorName: z.string(), quietWeeks: z.number().int(), lastActivityOn: z.string().nullable(), lastMeetingOn: z.string().nullable() }),
    ),
  }),
});
export type HealthResponse = z.infer<typeof healthResponse>;
export const cohortIdParams = z.object({ id: z.uuid({ message: 'Not a valid id' }) });

export const outcomesCsvQuery = z.object({ kind: z.enum(['matches', 'summary'], { message: 'Choose matches or summary' }).default('matches') });
export const alumniInvitationsResponse = z.object({
  invited: z.number().int(),
  /** Left out: minors (never asked), people who already mentor here, people with an open mentor invitation. */
  skipped: z.object({ minors: z.number().int(), alreadyMentors: z.number().int(), alreadyInvited: z.number().int() }),
});
export type AlumniInvitationsResponse = z.infer<typeof alumniInvitationsResponse>;
