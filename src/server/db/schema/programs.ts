import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { mentorships } from './mentoring';

/**
 * Programs room: organisations run programs; people join a program with a role; mentors apply and
 * are screened; coordinators run matching per cohort and publish the matches. Rows belong to an
 * organisation, and every query is scoped through the caller's program membership.
 */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who coordinates the organisation as a whole (may create programs in it). */
export const organizationCoordinators = pgTable(
  'organization_coordinators',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('organization_coordinators_user_idx').on(t.userId)],
);

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    /** Participants (mentees) are minors by default: screening and guardian consent apply. */
    participantsAreMinors: boolean('participants_are_minors').notNull().default(false),
    /** How mentees get a mentor: coordinator | self_service | both (see docs/programs.md, self-service). */
    matchingMode: text('matching_mode').notNull().default('coordinator'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_org_idx').on(t.organizationId, t.createdAt)],
);

export const cohorts = pgTable(
  'program_cohorts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_cohorts_program_idx').on(t.programId, t.startsOn)],
);

/**
 * One person's role in one program (a person may hold several roles). Mentee profile fields feed
 * matching; `phone` is a contact detail, hidden for minors from everyone the privacy rule excludes.
 */
export const programMembers = pgTable(
  'program_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** coordinator | mentor | mentee | guardian */
    role: text('role').notNull(),
    cohortId: uuid('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    isMinor: boolean('is_minor').notNull().default(false),
    phone: text('phone'),
    growthAreas: text('growth_areas').array().notNull().default([]),
    preferredIndustries: text('preferred_industries').array().notNull().default([]),
    preferredRoles: text('preferred_roles').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    timeZone: text('time_zone'),
    stage: text('stage'),
    /** A mentor member of the same program who is this mentee's manager: never matched. */
    managerMemberId: uuid('manager_member_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('program_members_role_key').on(t.programId, t.userId, t.role),
    index('program_members_user_idx').on(t.userId),
    index('program_members_program_idx').on(t.programId, t.role, t.createdAt, t.id),
  ],
);

/** An e-mailed invitation; only the sha256 of its secret token is stored. */
export const programInvitations = pgTable(
  'program_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    cohortId: uuid('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    isMinor: boolean('is_minor').notNull().default(false),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** pending | accepted | revoked */
    status: text('status').notNull().default('pending'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    mailId: uuid('mail_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_invitations_program_idx').on(t.programId, t.createdAt)],
);

/** A mentor's application to a program: what they offer and how many mentees they can take. */
export const mentorApplications = pgTable(
  'mentor_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .unique()
      .references(() => programMembers.id, { onDelete: 'cascade' }),
    motivation: text('motivation').notNull(),
    skills: text('skills').array().notNull().default([]),
    industries: text('industries').array().notNull().default([]),
    jobRole: text('job_role'),
    languages: text('languages').array().notNull().default([]),
    availability: text('availability').notNull(),
    timeZone: text('time_zone'),
    preferredStages: text('preferred_stages').array().notNull().default([]),
    capacity: integer('capacity').notNull(),
    /** not_started | pending | cleared | failed */
    backgroundCheck: text('background_check').notNull().default('not_started'),
    trainingCompletedOn: date('training_completed_on', { mode: 'string' }),
    /** [{ name, contacted, ok }] */
    references: jsonb('references').$type<{ name: string; contacted: boolean; ok: boolean }[]>().notNull().default([]),
    screeningNotes: text('screening_notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentor_applications_program_idx').on(t.programId, t.createdAt, t.id)],
);

/** A guardian's consent for a minor mentee: a guardian member, or a recorded name and e-mail. */
export const guardianConsents = pgTable('guardian_consents', {
  menteeMemberId: uuid('mentee_member_id')
    .primaryKey()
    .references(() => programMembers.id, { onDelete: 'cascade' }),
  guardianMemberId: uuid('guardian_member_id').references(() => programMembers.id, { onDelete: 'set null' }),
  guardianName: text('guardian_name'),
  guardianEmail: text('guardian_email'),
  consentGivenOn: date('consent_given_on', { mode: 'string' }).notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type StoredRunPair = { mentee: string; mentor: string; score: number; breakdown: Record<string, number>; pinned: boolean; kept: boolean };
export type StoredRunResult = {
  pairs: StoredRunPair[];
  unmatched: { mentee: string; reason: string }[];
  explanations: { mentee: string; betterMentors: { mentor: string; score: number; reason: string }[] }[];
  objective: number;
  warnings: string[];
  solveMs: number;
};

/** One matching run for a cohort: its settings and the proposal the engine returned. */
export const matchRuns = pgTable(
  'match_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    pinned: jsonb('pinned').$type<{ mentee: string; mentor: string }[]>().notNull().default([]),
    forbidden: jsonb('forbidden').$type<{ mentee: string; mentor: string }[]>().notNull().default([]),
    result: jsonb('result').$type<StoredRunResult>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('match_runs_cohort_idx').on(t.cohortId, t.createdAt)],
);

/** A published match: what mentor and mentee see on the program page. */
export const programMatches = pgTable(
  'program_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    runId: uuid('run_id').references(() => matchRuns.id, { onDelete: 'set null' }),
    menteeMemberId: uuid('mentee_member_id')
      .notNull()
      .references(() => programMembers.id, { onDelete: 'cascade' }),
    mentorMemberId: uuid('mentor_member_id')
      .notNull()
      .references(() => programMembers.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    breakdown: jsonb('breakdown').$type<Record<string, number>>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    /** The mentee's mentorship with the mentor user this match stands for (mentoring room); null once the mentee deletes it. */
    mentorshipId: uuid('mentorship_id').references(() => mentorships.id, { onDelete: 'set null' }),
    /** Publishing opened that mentorship (rather than finding one already open): only then does a rematch end it. */
    mentorshipOpened: boolean('mentorship_opened').notNull().default(false),
  },
  (t) => [
    uniqueIndex('program_matches_mentee_key').on(t.cohortId, t.menteeMemberId),
    index('program_matches_mentor_idx').on(t.mentorMemberId),
    index('program_matches_program_idx').on(t.programId),
  ],
);

/**
 * Self-service matching: a mentee asks one of the program's mentors. States: pending →
 * accepted (a match) | declined | withdrawn | expired; in minors' programs pending →
 * accepted_by_mentor → approved (a match) | declined_by_coordinator. At most one open request
 * (pending or accepted_by_mentor) per mentee and mentor.
 */
export const selfServiceRequests = pgTable(
  'self_service_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    menteeMemberId: uuid('mentee_member_id')
      .notNull()
      .references(() => programMembers.id, { onDelete: 'cascade' }),
    mentorMemberId: uuid('mentor_member_id')
      .notNull()
      .references(() => programMembers.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('pending'),
    message: text('message').notNull(),
    /** The mentor's kind answer (accept or decline). */
    response: text('response'),
    /** The coordinator's note when approving or declining in a minors' program. */
    coordinatorNote: text('coordinator_note'),
    matchId: uuid('match_id').references(() => programMatches.id, { onDelete: 'set null' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('self_service_requests_open_key')
      .on(t.menteeMemberId, t.mentorMemberId)
      .where(sql`${t.status} in ('pending', 'accepted_by_mentor')`),
    index('self_service_requests_program_idx').on(t.programId, t.status, t.createdAt),
    index('self_service_requests_mentor_idx').on(t.mentorMemberId, t.status),
    index('self_service_requests_mentee_idx').on(t.menteeMemberId, t.status),
    index('self_service_requests_cohort_idx').on(t.cohortId, t.status),
  ],
);
