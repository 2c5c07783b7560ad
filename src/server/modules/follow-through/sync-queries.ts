import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema/network';

/**
 * Read-only views of the caller's contacts that follow-through needs in bulk (cadence inputs,
 * occasions). Writes to contacts only ever go through the network service.
 */
const fields = {
  id: contacts.id,
  displayName: contacts.displayName,
  circle: contacts.circle,
  starred: contacts.starred,
  cadence: contacts.cadence,
  lastInteractionAt: contacts.lastInteractionAt,
  birthday: contacts.birthday,
  importantDates: contacts.importantDates,
};

/** Live contacts changed after `since` (all when null). */
export const contactsChangedSince = (db: DbOrTx, userId: string, since: Date | null) =>
  db
    .select(fields)
    .from(contacts)
    .where(and(eq(contacts.userId, userId), isNull(contacts.deletedAt), since ? gt(contacts.updatedAt, since) : undefined));

export const contactsByIds = (db: DbOrTx, userId: string, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select(fields)
        .from(contacts)
        .where(and(eq(contacts.userId, userId), isNull(contacts.deletedAt), inArray(contacts.id, [...ids])));

export const contactsWithOccasions = (db: DbOrTx, userId: string) =>
  db
    .select(fields)
    .from(contacts)
    .where(
      and(
        eq(contacts.userId, userId),
        isNull(contacts.deletedAt),
        or(sql`${contacts.birthday} is not null`, sql`jsonb_array_length(${contacts.importantDates}) > 0`),
      ),
    );

export type SyncContact = Awaited<ReturnType<typeof contactsChangedSince>>[number];
