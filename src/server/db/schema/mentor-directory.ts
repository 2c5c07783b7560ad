import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { mentorships } from './mentoring';

const id = () => uuid('id').primaryKey().defaultRandom();
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const userRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/**
 * A user's mentor profile. Saved but not listed, it is private (only its owner reads it, and the
 * optional age band and gender count for that owner's own "outside the box" suggestions);
 * listed, it is in the directory for every signed-in user.
 */
export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    id: id(),
    userId: userRef('user_id').unique(),
    listed: boolean('listed').notNull().default(false),
    /** When it was last listed: the directory's newest-first order. */
    listedAt: timestamp('listed_at', { withTimezone: true }),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    challenges: jsonb('challenges').$type<string[]>().notNull().default([]),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    industry: text('industry'),
    role: text('role'),
    region: text('region'),
    timezone: text('timezone'),
    /** open | limited | closed (not taking mentees) */
    availability: text('availability').notNull().default('open'),
    openToTeens: boolean('open_to_teens').notNull().default(false),
    bio: text('bio'),
    /** Stated only if the user chooses to; never shown in the directory. */
    ageBand: text('age_band'),
    gender: text('gender'),
    /** Lower-cased, accent-stripped name, skills, challenges, industry, role, region and bio. */
    searchText: text('search_text').notNull().default(''),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('mentor_profiles_listed_idx').on(t.listedAt, t.id).where(sql`${t.listed}`)],
);

/** A mentee asks a mentor (a user with a listed profile) to mentor them. */
export const mentorRequests = pgTable(
  'mentor_requests',
  {
    id: id(),
    menteeUserId: userRef('mentee_user_id'),
    mentorUserId: userRef('mentor_user_id'),
    message: text('message').notNull(),
    /** The kind of mentor the mentee asks for: guardian_angel | shepherd | board_of_directors | other */
    kind: text('kind').notNull().default('other'),
    areas: jsonb('areas').$type<string[]>().notNull().default([]),
    /** pending | accepted | declined | withdrawn */
    status: text('status').notNull().default('pending'),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    /** The mentee's mentorship made when the mentor accepted. */
    mentorshipId: uuid('mentorship_id').references(() => mentorships.id, { onDelete: 'set null' }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    // One open request per pair: asking again while one waits is a conflict, not a duplicate.
    uniqueIndex('mentor_requests_pending_pair_idx').on(t.menteeUserId, t.mentorUserId).where(sql`${t.status} = 'pending'`),
    index('mentor_requests_mentor_idx').on(t.mentorUserId, t.status, t.createdAt),
    index('mentor_requests_mentee_idx').on(t.menteeUserId, t.createdAt),
  ],
);

/** The mentor's side of an accepted request: one row per mentee, over the mentee's mentorship. */
export const mentorMentees = pgTable(
  'mentor_mentees',
  {
    id: id(),
    /** The mentor. */
    userId: userRef('user_id'),
    menteeUserId: userRef('mentee_user_id'),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .unique()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id').references(() => mentorRequests.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('mentor_mentees_user_idx').on(t.userId, t.createdAt)],
);
