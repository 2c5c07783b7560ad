import { boolean, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { programMembers, programs } from './programs';

/**
 * Job board room: a program's mentors and coordinators post listings; mentees see the open,
 * approved ones ranked by their goals and may save them or mark them applied. Rows belong to a
 * program and are read through the caller's membership of it.
 */
export const jobListings = pgTable(
  'job_listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The poster's membership (coordinator or mentor); a removed poster's listings go with them. */
    posterMemberId: uuid('poster_member_id')
      .notNull()
      .references(() => programMembers.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    organization: text('organization').notNull(),
    /** job | internship | apprenticeship | volunteer | shadow_day */
    kind: text('kind').notNull(),
    location: text('location'),
    remote: boolean('remote').notNull().default(false),
    link: text('link'),
    description: text('description'),
    tags: text('tags').array().notNull().default([]),
    closesOn: date('closes_on', { mode: 'string' }),
    /** open | closed */
    status: text('status').notNull().default('open'),
    /** Null while a mentor's listing in a minors' program waits for a coordinator. */
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_listings_program_idx').on(t.programId, t.createdAt, t.id), index('job_listings_poster_idx').on(t.posterMemberId)],
);

/** One person's mark on a listing: saved, or applied (which puts a follow-up on their Today). */
export const jobListingInterests = pgTable(
  'job_listing_interests',
  {
    listingId: uuid('listing_id')
      .notNull()
      .references(() => jobListings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** saved | applied */
    state: text('state').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.userId] }), index('job_listing_interests_user_idx').on(t.userId)],
);
