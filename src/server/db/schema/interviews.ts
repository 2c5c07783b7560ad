import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { contacts, interactions } from './network';

/** What a stage move changed, as it was before (times as ISO strings). */
export type StageSnapshot = {
  stage: string;
  previousStage: string | null;
  scheduledAt: string | null;
  heldAt: string | null;
  followUpOn: string | null;
  location: string | null;
  closedReason: string | null;
  interactionId: string | null;
  starred: boolean;
  starredContact: boolean;
  stageChangedAt: string;
};

/** One informational interview: one person in the user's network, moving through the pipeline. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** prospect | asked | scheduled | held | thanked | keeping_in_touch | potential_mentor | asked_to_mentor | mentor | declined | closed */
    stage: text('stage').notNull().default('prospect'),
    /** Where declined/closed reopen to. */
    previousStage: text('previous_stage'),
    topic: text('topic'),
    notes: text('notes'),
    location: text('location'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    /** Asked: follow up on this local date if there is no answer. */
    followUpOn: date('follow_up_on', { mode: 'string' }),
    heldAt: timestamp('held_at', { withTimezone: true }),
    /** The network interaction logged when it was held (the network owns it). */
    interactionId: uuid('interaction_id').references(() => interactions.id, { onDelete: 'set null' }),
    flowRating: smallint('flow_rating'),
    learned: text('learned'),
    theyCareAbout: text('they_care_about'),
    starred: boolean('starred').notNull().default(false),
    /** This interview turned the contact's star on (it was not starred for another reason), so unstarring it may turn it off. */
    starredContact: boolean('starred_contact').notNull().default(false),
    closedReason: text('closed_reason'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('interviews_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('interviews_user_stage_idx').on(t.userId, t.stage),
    index('interviews_contact_idx').on(t.contactId),
    index('interviews_user_held_idx').on(t.userId, t.flowRating, t.heldAt).where(sql`${t.heldAt} is not null`),
  ],
);

/** Stage history: every move, when it happened and why (for declined/closed). */
export const interviewStageEvents = pgTable(
  'interview_stage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The interview's fields as they were before this move, so the move can be undone exactly. */
    before: jsonb('before').$type<StageSnapshot>(),
  },
  (t) => [index('interview_stage_events_interview_idx').on(t.interviewId, t.at)],
);

/** The user's own questions; the built-ins live in code (src/domain/interviews/questions.ts). */
export const interviewQuestions = pgTable(
  'interview_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_questions_user_created_idx').on(t.userId, t.createdAt, t.id)],
);

/**
 * Questions picked for one interview, in order, with the notes taken on each. The text is kept,
 * so deleting a question from the bank never loses what was written under it.
 */
export const interviewQuestionPicks = pgTable(
  'interview_question_picks',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    /** `builtin:<slug>` or an interview_questions id (not a foreign key: see above). */
    questionId: text('question_id').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    notes: text('notes'),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.questionId] })],
);
