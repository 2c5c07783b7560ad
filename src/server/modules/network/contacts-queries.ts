import { and, arrayContains, asc, count, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts, interactionContacts, interactions, users } from '../../db/schema/index';
import type { CONTACT_SORTS } from '../../../domain/network/api';
import type { ContactRow } from './present-contact';
import { buildSearchText, normalizeSearchTerm } from './search-text';
import type { KeysetPosition } from './cursor';

export type { ContactRow };
export type ContactSort = (typeof CONTACT_SORTS)[number];

/** The columns a person (or an import, or a merge) may set; everything else is derived or bookkeeping. */
export type ContactFields = Pick<
  ContactRow,
  | 'givenName' | 'familyName' | 'displayName' | 'emails' | 'phones' | 'company' | 'title' | 'department'
  | 'industry' | 'level' | 'employer' | 'circle' | 'howWeMet' | 'birthday' | 'importantDates' | 'linkedinUrl'
  | 'tags' | 'notes' | 'starred' | 'cadence' | 'linkedUserId'
>;
export type NewContact = Partial<ContactFields> & Pick<ContactFields, 'displayName'>;

const EMPTY: Omit<ContactFields, 'displayName'> = {
  givenName: null, familyName: null, emails: [], phones: [], company: null, title: null, department: null,
  industry: null, level: null, employer: null, circle: null, howWeMet: null, birthday: null, importantDates: [],
  linkedinUrl: null, tags: [], notes: null, starred: false, cadence: null, linkedUserId: null,
};

/** Copies only editable keys, so a whole ContactRow can be passed without overwriting ids or timestamps. */
function editable(v: ContactFields): ContactFields & { searchText: string } {
  const out = {} as Record<string, unknown>;
  for (const k of Object.keys(EMPTY)) out[k] = (v as Record<string, unknown>)[k];
  out.displayName = v.displayName;
  const fields = out as ContactFields;
  return { ...fields, searchText: buildSearchText(fields) };
}

export async function insertContact(db: DbOrTx, userId: string, v: NewContact): Promise<ContactRow> {
  const [row] = await insertContacts(db, userId, [v]);
  return row!;
}

/** Bulk insert (imports); rows come back in input order. search_text is computed here so no caller can forget it. */
export async function insertContacts(db: DbOrTx, userId: string, list: NewContact[]): Promise<ContactRow[]> {
  if (list.length === 0) return [];
  const values = list.map((v) => ({ ...editable({ ...EMPTY, ...v }), userId }));
  return db.insert(contacts).values(values).returning();
}

/**
 * Many owners' new contacts in one multi-row INSERT (another room opening many mentorships at once);
 * rows come back in input order, each with the same defaults and search_text as `insertContact`.
 */
export async function insertContactsOfOwners(db: DbOrTx, list: readonly { userId: string; contact: NewContact }[]): Promise<ContactRow[]> {
  if (list.length === 0) return [];
  return db.insert(contacts).values(list.map((v) => ({ ...editable({ ...EMPTY, ...v.contact }), userId: v.userId }))).returning();
}

/** `next` is the complete new state of the editable fields (spread the current row and the changes). */
export async function updateContact(db: DbOrTx, userId: string, id: string, next: ContactFields): Promise<ContactRow | null> {
  const rows = await db
    .update(contacts)
    .set({ ...editable(next), updatedAt: new Date() })
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNull(contacts.deletedAt)))
    .returning();
  return rows[0] ?? null;
}

/** A live (not soft-deleted) contact of the user, or null. */
export async function findContact(db: DbOrTx, userId: string, id: string): Promise<ContactRow | null> {
  const rows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNull(contacts.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findContactsByIds(db: DbOrTx, userId: string, ids: readonly string[]): Promise<ContactRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), inArray(contacts.id, [...ids]), isNull(contacts.deletedAt)));
}

export async function findContactsOfOwners(db: DbOrTx, userIds: readonly string[], ids: readonly string[]): Promise<ContactRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(and(inArray(contacts.userId, [...userIds]), inArray(contacts.id, [...ids]), isNull(contacts.deletedAt)));
}

/** The user's live contacts with one of these e-mail keys (lower-cased, trimmed), oldest first. */
export async function findContactsByEmailKeys(db: DbOrTx, userId: string, keys: readonly string[]): Promise<ContactRow[]> {
  if (keys.length === 0) return [];
  const list = sql.join(keys.map((k) => sql`${k}`), sql`, `);
  return db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.userId, userId),
        isNull(contacts.deletedAt),
        sql`exists (select 1 from jsonb_array_elements(${contacts.emails}) e where lower(trim(e->>'value')) in (${list}))`,
      ),
    )
    .orderBy(contacts.createdAt, contacts.id);
}

/** Every live contact of the user, by name (exports, duplicate detection). */
export const listAllContacts = (db: DbOrTx, userId: string): Promise<ContactRow[]> =>
  db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), isNull(contacts.deletedAt)))
    .orderBy(sql`lower(${contacts.displayName})`, contacts.id);

/**
 * Row-locks the user's contacts (live or deleted) in id order, so concurrent interaction writes on
 * the same person serialise and the last_interaction_at recompute sees the other's committed rows.
 */
export async function lockContacts(tx: DbOrTx, userId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: contacts.id, deletedAt: contacts.deletedAt })
    .from(contacts)
    .where(and(eq(contacts.userId, userId), inArray(contacts.id, [...ids])))
    .orderBy(contacts.id)
    .for('update');
}

export async function softDeleteContact(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(contacts)
    .set({ deletedAt: new Date() })
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNull(contacts.deletedAt)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

/** A soft-deleted contact of the user (the only kind that can be restored), or null. */
export async function findDeletedContact(db: DbOrTx, userId: string, id: string): Promise<ContactRow | null> {
  const rows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNotNull(contacts.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

/** Undo of a soft delete; null when the id is unknown, someone else's, or not deleted. */
export async function restoreContact(db: DbOrTx, userId: string, id: string): Promise<ContactRow | null> {
  const rows = await db
    .update(contacts)
    .set({ deletedAt: null })
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNotNull(contacts.deletedAt)))
    .returning();
  return rows[0] ?? null;
}

/** last_interaction_at = latest occurred_at over the contact's interactions (null when none). */
export async function recomputeLastInteraction(tx: DbOrTx, userId: string, contactIds: readonly string[]) {
  if (contactIds.length === 0) return;
  await tx
    .update(contacts)
    .set({
      lastInteractionAt: sql`(
        select max(${interactions.occurredAt}) from ${interactionContacts}
        join ${interactions} on ${interactions.id} = ${interactionContacts.interactionId}
        where ${interactionContacts.contactId} = ${contacts.id} and ${interactions.userId} = ${userId} and ${interactions.deletedAt} is null)`,
    })
    .where(and(eq(contacts.userId, userId), inArray(contacts.id, [...contactIds])));
}

export type ContactFilters = {
  q?: string;
  circle?: string[];
  tag?: string[];
  starred?: boolean;
  employer?: string;
  level?: string[];
  /** 'YYYY-MM-DD', taken as the start of that day in the user's time zone. */
  lastContactedBefore?: string;
  lastContactedAfter?: string;
};

/** LIKE treats % and _ as wildcards and \ as the escape; a search term means them literally. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const startOfDayForUser = (userId: string, date: string) =>
  sql`((${date}::date)::timestamp at time zone (select ${users.timezone} from ${users} where ${users.id} = ${userId}))`;

const searchWords = (q: string | undefined) => normalizeSearchTerm(q ?? '').split(' ').filter(Boolean);

/** True when anything narrows the list below "all live contacts". */
export function hasFilters(f: ContactFilters): boolean {
  return (
    searchWords(f.q).length > 0 || !!f.circle?.length || !!f.level?.length || !!f.tag?.length || f.starred !== undefined ||
    !!f.employer || !!f.lastContactedBefore || !!f.lastContactedAfter
  );
}

function filterConditions(userId: string, f: ContactFilters): SQL[] {
  const where: SQL[] = [eq(contacts.userId, userId), isNull(contacts.deletedAt)];
  // Each word must appear somewhere (any order); each LIKE '%w%' can use the trigram GIN index.
  // search_text and the term are both lower-cased by normalizeSearchTerm, so a case-sensitive LIKE
  // finds the same rows as ILIKE, at about half the cost per row when a scan has to read them all.
  for (const w of searchWords(f.q)) where.push(sql`${contacts.searchText} like ${`%${likeEscape(w)}%`}`);
  if (f.circle?.length) where.push(inArray(contacts.circle, f.circle));
  if (f.level?.length) where.push(inArray(contacts.level, f.level));
  if (f.tag?.length) {
    // The tags index only holds tagged contacts; saying so (implied anyway) lets the planner use it.
    where.push(arrayContains(contacts.tags, f.tag), sql`${contacts.tags} <> '{}'::text[]`);
  }
  if (f.starred !== undefined) where.push(eq(contacts.starred, f.starred));
  if (f.employer) where.push(eq(contacts.employer, f.employer));
  if (f.lastContactedBefore) {
    where.push(
      sql`(${contacts.lastInteractionAt} is null or ${contacts.lastInteractionAt} < ${startOfDayForUser(userId, f.lastContactedBefore)})`,
    );
  }
  if (f.lastContactedAfter) {
    where.push(sql`${contacts.lastInteractionAt} >= ${startOfDayForUser(userId, f.lastContactedAfter)}`);
  }
  return where;
}

/** Timestamps travel in cursors as text with microseconds: a JS Date would drop them and repeat rows. */
const instantKey = (col: SQL | typeof contacts.createdAt) =>
  sql<string | null>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type SortSpec = { expr: SQL; key: SQL<string | null>; cast: 'text' | 'timestamptz'; nullable: boolean };

function sortSpec(sort: ContactSort): SortSpec {
  switch (sort.replace(/^-/, '')) {
    case 'last_contacted':
      return { expr: sql`${contacts.lastInteractionAt}`, key: instantKey(sql`${contacts.lastInteractionAt}`), cast: 'timestamptz', nullable: true };
    case 'created':
      return { expr: sql`${contacts.createdAt}`, key: instantKey(contacts.createdAt), cast: 'timestamptz', nullable: false };
    default:
      return { expr: sql`lower(${contacts.displayName})`, key: sql<string>`lower(${contacts.displayName})`, cast: 'text', nullable: false };
  }
}

/**
 * The row after `pos` in the sort. NULL (never contacted) counts as "longest ago": first when
 * ascending, last when descending, so the two directions are exact mirrors.
 */
function afterCondition(spec: SortSpec, descending: boolean, pos: KeysetPosition): SQL {
  const op = descending ? sql`<` : sql`>`;
  const id = sql`${pos.id}::uuid`;
  if (pos.key === null) {
    const tieOnNull = sql`(${spec.expr} is null and ${contacts.id} ${op} ${id})`;
    return descending ? tieOnNull : sql`(${tieOnNull} or ${spec.expr} is not null)`;
  }
  const key = spec.cast === 'timestamptz' ? sql`${pos.key}::timestamptz` : sql`${pos.key}::text`;
  const past = sql`(${spec.expr}, ${contacts.id}) ${op} (${key}, ${id})`;
  return spec.nullable && descending ? sql`(${past} or ${spec.expr} is null)` : past;
}


/** What a list page needs: everything but search_text (the heaviest column, never shown). */
const { searchText: _searchText, ...listColumns } = getTableColumns(contacts);
export type ListedContact = Omit<ContactRow, 'searchText'>;

/**
 * One page in keyset order; asks for `limit` rows (the service asks for one more to know if there
 * is a next page). The ORDER BY must match an index exactly, (user_id, key, id) with the key's
 * NULLS placement, so a page is an index range scan, not a sort of every contact.
 *
 * withTotal adds `count(*) over ()`, the number of rows matching the filters (before the keyset
 * condition and the limit), so a filtered first page is one scan instead of a list plus a count.
 */
export async function listContacts(
  db: DbOrTx,
  userId: string,
  f: ContactFilters,
  sort: ContactSort,
  after: KeysetPosition | null,
  limit: number,
  withTotal = false,
): Promise<(ListedContact & { sortKey: string | null; total: number | null })[]> {
  const descending = sort.startsWith('-');
  const spec = sortSpec(sort);
  const where = filterConditions(userId, f);
  if (after) where.push(afterCondition(spec, descending, after));
  // NULL (never contacted) sorts first ascending and last descending; the key of other sorts is never NULL.
  const nulls = spec.nullable ? (descending ? sql` nulls last` : sql` nulls first`) : sql``;
  const direction = descending ? sql`desc` : sql`asc`;
  const total = withTotal ? sql<number>`count(*) over ()`.mapWith(Number) : sql<null>`null`;
  return db
    .select({ ...listColumns, sortKey: spec.key, total })
    .from(contacts)
    .where(and(...where))
    .orderBy(sql`${spec.expr} ${direction}${nulls}`, descending ? desc(contacts.id) : asc(contacts.id))
    .limit(limit);
}

export async function countContacts(db: DbOrTx, userId: string, f: ContactFilters): Promise<number> {
  const [row] = await db.select({ n: count() }).from(contacts).where(and(...filterConditions(userId, f)));
  return row?.n ?? 0;
}

/** Distinct tags over the user's live contacts with how many contacts carry each. */
export async function listContactTags(db: DbOrTx, userId: string): Promise<{ tag: string; count: number }[]> {
  const t = db
    .select({ tag: sql<string>`unnest(${contacts.tags})`.as('tag') })
    .from(contacts)
    .where(and(eq(contacts.userId, userId), isNull(contacts.deletedAt)))
    .as('t');
  return db
    .select({ tag: t.tag, count: sql<number>`count(*)::int` })
    .from(t)
    .groupBy(t.tag)
    .orderBy(sql`lower(${t.tag})`, t.tag);
}
