import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { contacts, interactions } from './network';

/**
 * Everything that shows up on Today is a follow-up row: keep-in-touch (one open row per contact,
 * moved when an interaction is logged), promise steps, thank-yous, occasions, later mentoring
 * action items. `dedupeKey` makes generation idempotent (e.g. "cadence:<contactId>",
 * "thank_you:<interactionId>:<contactId>", "occasion:<contactId>:birthday:2027").
 */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    /** cadence | commitment | thank_you | reach_out | occasion | action_item | manual */
    source: text('source').notNull(),
    /** The commitment, interaction or other row this item came from. */
    sourceId: uuid('source_id'),
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    /** A recap prompt or other help text for doing the item. */
    prompt: text('prompt'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** The local calendar date it is due, in the user's time zone when it was scheduled. */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** open | done | skipped */
    status: text('status').notNull().default('open'),
    snoozedUntil: date('snoozed_until', { mode: 'string' }),
    /** The due date a snooze moved away from, so the snooze can be undone (and survives a resync). */
    dueDateBeforeSnooze: date('due_date_before_snooze', { mode: 'string' }),
    skipReason: text('skip_reason'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedInteractionId: uuid('completed_interaction_id').references(() => interactions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('follow_ups_user_dedupe_key').on(t.userId, t.dedupeKey),
    // snoozed_until rides along so Today's bucket counts can be index-only scans (after a vacuum).
    index('follow_ups_user_open_due_idx').on(t.userId, t.dueDate, t.snoozedUntil).where(sql`${t.status} = 'open'`),
    index('follow_ups_contact_idx').on(t.contactId),
  ],
);

/** The promises ledger: who offered or promised what, to whom, involving whom. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** they_offered | i_promised */
    direction: text('direction').notNull(),
    /** Who offered (they_offered) or to whom I promised (i_promised). */
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** e.g. Raj, for "Ana offered to introduce me to Raj". */
    involvingContactId: uuid('involving_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** A verb phrase: "introduce you to Raj", "send your portfolio". */
    what: text('what').notNull(),
    /** open | nudged | done | thanked | dropped */
    state: text('state').notNull().default('open'),
    dueDate: date('due_date', { mode: 'string' }),
    dropReason: text('drop_reason'),
    nudgeCount: smallint('nudge_count').notNull().default(0),
    lastNudgedAt: timestamp('last_nudged_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    thankedAt: timestamp('thanked_at', { withTimezone: true }),
    introducerThankedAt: timestamp('introducer_thanked_at', { withTimezone: true }),
    /** Set when an introduction led somewhere, so the introducer gets thanked too. */
    ledSomewhere: boolean('led_somewhere').notNull().default(false),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitments_user_state_idx').on(t.userId, t.state)],
);

export const habits = pgTable(
  'habits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** distinct_people | new_people | interactions */
    kind: text('kind').notNull(),
    target: integer('target').notNull(),
    /** { kinds?: InteractionKind[], circles?: Circle[] } */
    filter: jsonb('filter').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('habits_user_idx').on(t.userId)],
);

/**
 * Something useful the user came across (an article, a job listing, an event) with the topics it
 * is about; contacts who care about those topics get a "share it with them" item on Today.
 */
export const finds = pgTable(
  'finds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** article | job | event */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
    /** Lower-cased, as they are matched against contacts' tags and interaction topics. */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('finds_user_created_idx').on(t.userId, t.createdAt)],
);

/** User-edited message templates; a row with builtInId overrides that built-in template. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    builtInId: text('built_in_id'),
    name: text('name').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('message_templates_user_idx').on(t.userId)],
);

/** Per-user follow-through settings: digest, week start, circle cadences, feed and unsubscribe secrets. */
export const followThroughSettings = pgTable('follow_through_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** off | daily | weekly */
  digest: text('digest').notNull().default('daily'),
  /** Local hour 0–23 the digest goes out. */
  digestHour: smallint('digest_hour').notNull().default(7),
  /** 1 = Monday … 7 = Sunday; the weekly digest goes out on this day. */
  weekStartsOn: smallint('week_starts_on').notNull().default(1),
  /** Overrides of the default cadence per circle; null for a circle switches it off. */
  circleCadences: jsonb('circle_cadences').notNull().default({}),
  /** How many days ahead occasions are reminded. */
  occasionLeadDays: smallint('occasion_lead_days').notNull().default(7),
  /** sha256 of the secret in the calendar feed URL; null until the user asks for the feed. */
  calendarTokenHash: text('calendar_token_hash').unique(),
  /** Secret in unsubscribe links, so they work without logging in. */
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  /**
   * When keep-in-touch and occasion items were last brought up to date (the lazy sync's watermark:
   * contacts changed after it are looked at again); null until the first sync or after a change
   * that needs everything recomputed.
   */
  syncedAt: timestamp('synced_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Durable jobs, claimed with FOR UPDATE SKIP LOCKED; idempotencyKey makes enqueueing safe to repeat. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull().default({}),
    idempotencyKey: text('idempotency_key').unique(),
    /** queued | running | done | failed */
    status: text('status').notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_queued_idx').on(t.runAt).where(sql`${t.status} = 'queued'`)],
);

/** Every mail Trellis sends (or writes to the outbox); the unique key is the "never twice" guarantee. */
export const sentMails = pgTable(
  'sent_mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    /** sending | sent | failed */
    status: text('status').notNull().default('sending'),
    /** Where the .eml went when no SMTP server is configured. */
    outboxFile: text('outbox_file'),
    messageId: text('message_id'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('sent_mails_user_idx').on(t.userId, t.createdAt)],
);
