import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * In-app notifications, one row per recipient. Written by other rooms through the inbox service,
 * inside their own transaction; `dedupe_key` is unique per recipient so a retried write or job
 * tells the same event once. A deleted item keeps its row (deleted_at) so it can be restored and
 * its key still holds; the hourly sweep purges read or deleted items older than 90 days.
 */
export const inboxItems = pgTable(
  'inbox_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** A path inside the app. */
    link: text('link').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inbox_items_dedupe_key').on(t.userId, t.dedupeKey),
    index('inbox_items_list_idx').on(t.userId, t.createdAt, t.id).where(sql`${t.deletedAt} is null`),
    // The bell's count: one small index over unread rows only.
    index('inbox_items_unread_idx').on(t.userId, t.createdAt, t.id).where(sql`${t.readAt} is null and ${t.deletedAt} is null`),
    index('inbox_items_purge_idx').on(t.createdAt).where(sql`${t.readAt} is not null or ${t.deletedAt} is not null`),
  ],
);

/** Kinds a user muted in-app: items of these kinds are not stored for them at all. */
export const inboxMutedKinds = pgTable(
  'inbox_muted_kinds',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
