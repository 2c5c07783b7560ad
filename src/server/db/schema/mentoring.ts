import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { contacts } from './network';

const id = () => uuid('id').primaryKey().defaultRandom();
const owner = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** One of the user's mentors: a person in their network, of one kind, helping with some areas of growth. */
export const mentorships = pgTable(
  'mentorships',
  {
    id: id(),
    userId: owner(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** The mentor's own account, when the mentor is a Trellis user who accepted a request. */
    mentorUserId: uuid('mentor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** guardian_angel | shepherd | board_of_directors | other */
    kind: text('kind').notNull(),
    /** The user says this mentor is their manager or in their management chain. */
    isManager: boolean('is_manager').notNull().default(false),
    areas: jsonb('areas').$type<string[]>().notNull().default([]),
    /** active | paused | closed */
    status: text('status').notNull().default('active'),
    startedOn: date('started_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    reflection: text('reflection'),
    /** The quiet spell (its last activity's date) a nudge was last put on Today for: one nudge per spell. */
    quietNudgedFor: date('quiet_nudged_for', { mode: 'string' }),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('mentorships_user_idx').on(t.userId, t.createdAt), index('mentorships_contact_idx').on(t.contactId), index('mentorships_mentor_user_idx').on(t.mentorUserId)],
);

/** One-year, two-year and long-term goals the mentee drives. */
export const mentoringGoals = pgTable(
  'mentoring_goals',
  {
    id: id(),
    userId: owner(),
    /** one_year | two_year | long_term */
    horizon: text('horizon').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    areas: jsonb('areas').$type<string[]>().notNull().default([]),
    achieved: boolean('achieved').notNull().default(false),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('mentoring_goals_user_idx').on(t.userId, t.createdAt)],
);

/** The dated thread on a goal: progress updates and new challenges. */
export const mentoringGoalPosts = pgTable(
  'mentoring_goal_posts',
  {
    id: id(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => mentoringGoals.id, { onDelete: 'cascade' }),
    userId: owner(),
    /** progress | challenge (the mentee) | comment (a mentor) */
    kind: text('kind').notNull(),
    /** A mentor's comment: the mentor who wrote it (null: the mentee's own post). */
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    postedOn: date('posted_on', { mode: 'string' }).notNull(),
    createdAt: created(),
  },
  (t) => [index('mentoring_goal_posts_goal_idx').on(t.goalId, t.postedOn)],
);

/** Which mentorships a goal is shared with (the mentor-facing side reads this later). */
export const mentoringGoalShares = pgTable(
  'mentoring_goal_shares',
  {
    goalId: uuid('goal_id')
      .notNull()
      .references(() => mentoringGoals.id, { onDelete: 'cascade' }),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.mentorshipId] }), index('mentoring_goal_shares_mentorship_idx').on(t.mentorshipId)],
);

export const mentoringMeetings = pgTable(
  'mentoring_meetings',
  {
    id: id(),
    userId: owner(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    agenda: text('agenda'),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('mentoring_meetings_mentorship_idx').on(t.mentorshipId, t.heldOn)],
);

export const mentoringActionItems = pgTable(
  'mentoring_action_items',
  {
    id: id(),
    userId: owner(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => mentoringMeetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** me | mentor */
    owner: text('owner').notNull().default('me'),
    dueOn: date('due_on', { mode: 'string' }),
    /** Order within one meeting (items written together share a created_at). */
    position: integer('position').notNull().default(0),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [index('mentoring_action_items_meeting_idx').on(t.meetingId), index('mentoring_action_items_user_open_idx').on(t.userId, t.dueOn)],
);

/** The expectations agreement: every revision is a row, never changed except for its acceptances. */
export const mentoringAgreements = pgTable(
  'mentoring_agreements',
  {
    id: id(),
    userId: owner(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    goals: text('goals'),
    cadence: text('cadence'),
    channels: text('channels'),
    responseTimes: text('response_times'),
    confidentiality: text('confidentiality'),
    duration: text('duration'),
    reviewOn: date('review_on', { mode: 'string' }),
    menteeAcceptedAt: timestamp('mentee_accepted_at', { withTimezone: true }),
    mentorAcceptedAt: timestamp('mentor_accepted_at', { withTimezone: true }),
    /** An external mentor (not a user) agreed in conversation on this date. */
    mentorAgreedOn: date('mentor_agreed_on', { mode: 'string' }),
    createdAt: created(),
  },
  (t) => [uniqueIndex('mentoring_agreements_version_idx').on(t.mentorshipId, t.version)],
);

/**
 * What kind of mentor the user is looking for. The share token is kept as is (not hashed like
 * the calendar secret): the link goes into the introduction e-mail every time it is copied, and
 * the page shows only what the user wrote to be sent around. Rotating it retires old links.
 */
export const mentorWishLists = pgTable('mentor_wish_lists', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  lookingFor: text('looking_for'),
  skills: text('skills'),
  challenges: text('challenges'),
  industry: text('industry'),
  why: text('why'),
  shareToken: text('share_token').notNull().unique(),
  updatedAt: updated(),
});

/**
 * Questions between meetings: one thread per mentorship that both the mentee and a mentor with an
 * account post in. The mentor can share an article, a job listing or an event as an item.
 * Rows belong to the mentee (user_id), like the rest of the mentorship; author_user_id says who wrote it.
 */
export const mentoringThreadPosts = pgTable(
  'mentoring_thread_posts',
  {
    id: id(),
    userId: owner(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** message | article | job | event */
    kind: text('kind').notNull().default('message'),
    body: text('body'),
    title: text('title'),
    url: text('url'),
    createdAt: created(),
  },
  (t) => [index('mentoring_thread_posts_mentorship_idx').on(t.mentorshipId, t.createdAt)],
);

/** A practice answer (likely questions) or a question to ask; `bankKey` names a built-in one. */
export type PrepQuestion = { key: string; text: string; bankKey: string | null; answer: string | null; suggestedBy: string | null };
/** Someone involved in the interview, from the user's network. */
export type PrepPerson = { contactId: string; role: 'interviewer' | 'recruiter' | 'hr' | 'arranged_by' };

/**
 * Preparing for a job interview: who is involved, likely questions with practice answers,
 * questions to ask, research notes. Shared with at most one mentorship whose mentor is on
 * Trellis; that mentor reads it and adds suggestions and comments.
 */
export const interviewPreps = pgTable(
  'interview_preps',
  {
    id: id(),
    userId: owner(),
    company: text('company').notNull(),
    role: text('role').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    location: text('location'),
    people: jsonb('people').$type<PrepPerson[]>().notNull().default([]),
    likelyQuestions: jsonb('likely_questions').$type<PrepQuestion[]>().notNull().default([]),
    questionsToAsk: jsonb('questions_to_ask').$type<PrepQuestion[]>().notNull().default([]),
    researchNotes: text('research_notes'),
    sharedMentorshipId: uuid('shared_mentorship_id').references(() => mentorships.id, { onDelete: 'set null' }),
    /** preparing | held */
    status: text('status').notNull().default('preparing'),
    heldAt: timestamp('held_at', { withTimezone: true }),
    /** The job_interview interaction logged when it was held (network room). */
    interactionId: uuid('interaction_id'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('interview_preps_user_idx').on(t.userId, t.createdAt), index('interview_preps_shared_idx').on(t.sharedMentorshipId)],
);

/** Comments on a preparation, by the mentee or the mentor it is shared with; rows belong to the mentee. */
export const interviewPrepComments = pgTable(
  'interview_prep_comments',
  {
    id: id(),
    userId: owner(),
    prepId: uuid('prep_id')
      .notNull()
      .references(() => interviewPreps.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: created(),
  },
  (t) => [index('interview_prep_comments_prep_idx').on(t.prepId, t.createdAt)],
);

/** A mentee asks a mentor to shadow them for a day; the mentor (or, for an external one, the mentee) records the answer. */
export const shadowRequests = pgTable(
  'shadow_requests',
  {
    id: id(),
    userId: owner(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    proposedDates: jsonb('proposed_dates').$type<string[]>().notNull().default([]),
    hopes: text('hopes').notNull(),
    note: text('note'),
    /** requested | accepted | declined | withdrawn | cancelled */
    status: text('status').notNull().default('requested'),
    chosenDate: date('chosen_date', { mode: 'string' }),
    /** The mentor confirmed that their clients and colleagues approved. */
    approvalConfirmed: boolean('approval_confirmed').notNull().default(false),
    mentorNote: text('mentor_note'),
    declineMessage: text('decline_message'),
    /** mentor (answered on Trellis) | mentee (recorded the answer of an external mentor) */
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('shadow_requests_mentorship_idx').on(t.mentorshipId, t.createdAt)],
);

/** Closure: each side's reflection on an ended mentorship, private to its writer; rows belong to the mentee. */
export const mentorshipReflections = pgTable(
  'mentorship_reflections',
  {
    id: id(),
    userId: owner(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    learned: text('learned'),
    worked: text('worked'),
    wouldChange: text('would_change'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('mentorship_reflections_author_idx').on(t.mentorshipId, t.authorUserId)],
);
