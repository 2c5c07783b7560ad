import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export type LabelledValue = { label: string | null; value: string };
export type ImportantDate = { label: string; date: string };
export type Cadence = { every: number; unit: 'day' | 'week' | 'month' };

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    givenName: text('given_name'),
    familyName: text('family_name'),
    displayName: text('display_name').notNull(),
    emails: jsonb('emails').$type<LabelledValue[]>().notNull().default([]),
    phones: jsonb('phones').$type<LabelledValue[]>().notNull().default([]),
    company: text('company'),
    title: text('title'),
    department: text('department'),
    industry: text('industry'),
    /** student | entry | mid | senior | executive */
    level: text('level'),
    /** inside | outside my employer; null = unknown */
    employer: text('employer'),
    /** mentor | colleague | customer | vendor | management | former_colleague | industry_peer | friend_family | other */
    circle: text('circle'),
    howWeMet: text('how_we_met'),
    /** 'YYYY-MM-DD' or yearless '--MM-DD' */
    birthday: text('birthday'),
    importantDates: jsonb('important_dates').$type<ImportantDate[]>().notNull().default([]),
    linkedinUrl: text('linkedin_url'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** "potential mentor" */
    starred: boolean('starred').notNull().default(false),
    /** Per-contact keep-in-touch cadence; null = the circle's default. */
    cadence: jsonb('cadence').$type<Cadence>(),
    /** When the contact is also a Trellis user. */
    linkedUserId: uuid('linked_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Lower-cased names, e-mails, company, title, tags and notes, maintained on write, for trigram search. */
    searchText: text('search_text').notNull().default(''),
    /** Derived from interactions by the service on every interaction write; never set by hand. */
    lastInteractionAt: timestamp('last_interaction_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: set on delete, cleared by undo; rows are purged after 30 days. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('contacts_user_name_idx').on(t.userId, sql`lower(${t.displayName})`, t.id),
    // NULLS FIRST matches the last_contacted sort (never contacted = longest ago), both directions.
    index('contacts_user_last_idx').on(t.userId, t.lastInteractionAt.asc().nullsFirst(), t.id),
    index('contacts_user_created_idx').on(t.userId, t.createdAt, t.id),
    // Follow-through's sync asks "which contacts changed since my watermark?" before every Today.
    index('contacts_user_updated_idx').on(t.userId, t.updatedAt),
    index('contacts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Only tagged contacts: most have no tags (every imported one), and indexing an empty array
    // costs a GIN entry per row on every bulk insert. Tag filters repeat this predicate to use it.
    index('contacts_tags_idx').using('gin', t.tags).where(sql`${t.tags} <> '{}'::text[]`),
  ],
);

export const interactions = pgTable(
  'interactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** coffee | lunch | call | email | video_call | meeting | event | informational_interview | job_interview | other */
    kind: text('kind').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    summary: text('summary'),
    /** What they care about / what we talked about. */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: a deleted interaction keeps its links (people, thank-yous, interviews) so it can be restored. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('interactions_user_time_idx').on(t.userId, t.occurredAt, t.id)],
);

export const interactionContacts = pgTable(
  'interaction_contacts',
  {
    interactionId: uuid('interaction_id')
      .notNull()
      .references(() => interactions.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /** interviewer | recruiter | hr | arranged_by | attendee; null = plain participant */
    role: text('role'),
  },
  (t) => [primaryKey({ columns: [t.interactionId, t.contactId] }), index('interaction_contacts_contact_idx').on(t.contactId)],
);

/** One row per import: what was sent and what happened to every row. */
export const contactImports = pgTable(
  'contact_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    format: text('format').notNull(),
    filename: text('filename'),
    totalRows: integer('total_rows').notNull(),
    created: integer('created').notNull(),
    merged: integer('merged').notNull(),
    unchanged: integer('unchanged').notNull().default(0),
    skipped: integer('skipped').notNull(),
    /** { skipped: [{rowNumber, reason}], merged: [{rowNumber, contactId, matchedOn}], warnings: [...] } */
    details: jsonb('details').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_imports_user_idx').on(t.userId, t.createdAt)],
);
