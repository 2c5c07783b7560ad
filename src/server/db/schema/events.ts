import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { cohorts, programs } from './programs';

/**
 * A recurring event (a regional meet-up every 2nd Tuesday): the rule it was made from. Each
 * occurrence is its own `events` row pointing here, so RSVP, capacity, check-in and people met work
 * per occurrence unchanged; the series only groups them for "this and following" edits and cancels.
 */
export const eventSeries = pgTable('event_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  programId: uuid('program_id')
    .notNull()
    .references(() => programs.id, { onDelete: 'cascade' }),
  /** The RFC 5545 RRULE it was made from, on the wall clock of `time_zone` (e.g. FREQ=MONTHLY;BYDAY=+2TU;COUNT=6). */
  rule: text('rule').notNull(),
  /** How people read it: "Monthly on the 2nd Tuesday, 6 times". */
  label: text('label').notNull(),
  timeZone: text('time_zone').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Events room: a program's panels, workshops, mixers, open houses and meet-ups. Rows belong to the
 * program (through `program_id`); who may see or answer them is decided from program membership,
 * which the events room asks the programs room's service about (never its tables).
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** panel | workshop | mixer | open_house | meetup */
    kind: text('kind').notNull(),
    description: text('description'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The event's own zone (IANA): how its organisers write its times. Viewers see their own zone. */
    timeZone: text('time_zone').notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    region: text('region'),
    capacity: integer('capacity'),
    rsvpDeadline: timestamp('rsvp_deadline', { withTimezone: true }),
    /** Roles invited; empty = every member of the program. */
    audienceRoles: text('audience_roles').array().notNull().default([]),
    /** When set, mentees only of this cohort. */
    audienceCohortId: uuid('audience_cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    /** scheduled | cancelled */
    status: text('status').notNull().default('scheduled'),
    /** iCalendar SEQUENCE: bumped on every edit and on cancel, so calendars replace their copy. */
    sequence: integer('sequence').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The series this is one occurrence of (null: a one-off). */
    seriesId: uuid('series_id').references(() => eventSeries.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('events_program_idx').on(t.programId, t.startsAt, t.id), index('events_series_idx').on(t.seriesId, t.startsAt)],
);

/** One person's answer to an event (a guardian may answer for their minor: `respondedBy`). */
export const eventRsvps = pgTable(
  'event_rsvps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** going | waitlisted | not_going */
    status: text('status').notNull(),
    /** Opt-in: listed under "people you met" for other attendees. Minors are never listed. */
    listed: boolean('listed').notNull().default(false),
    respondedBy: uuid('responded_by').references(() => users.id, { onDelete: 'set null' }),
    /** Order of the waitlist: the first waitlisted is promoted first. */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_rsvps_event_user_key').on(t.eventId, t.userId), index('event_rsvps_user_idx').on(t.userId, t.status)],
);

/** Who was at the door: ticked by a coordinator; a walk-in had no "going" answer. */
export const eventCheckIns = pgTable(
  'event_check_ins',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    walkIn: boolean('walk_in').notNull().default(false),
    /** A walk-in's opt-in to "people you met" (they had no RSVP to carry it). Never honoured for minors. */
    listed: boolean('listed').notNull().default(false),
    checkedInBy: uuid('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_check_ins_user_idx').on(t.userId)],
);

/**
 * The one interaction an attendee logged for an event through "people you met" (in the network
 * room): adding more people later joins them to it instead of logging another.
 */
export const eventNetworkLinks = pgTable(
  'event_network_links',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    interactionId: uuid('interaction_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] })],
);
