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
