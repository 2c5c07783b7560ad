import { and, asc, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contactImports, contacts, interactionContacts, interactions } from '../../db/schema/index';
import type { ImportedContact } from '../../../domain/network/contact-fields';

/**
 * SQL of the data-portability room: bulk contact writes for imports, the import history, and the
 * reads behind exports. Every statement is scoped to one user.
 */

export type ContactImportRow = typeof contactImports.$inferSelect;

/** The imported fields plus an id: what matching and merging need, without the heavy search_text. */
export type MatchableRow = ImportedContact & { id: string };

const importedColumns = {
  id: contacts.id,
  givenName: contacts.givenName,
  familyName: contacts.familyName,
  displayName: contacts.displayName,
  emails: contacts.emails,
  phones: contacts.phones,
  company: contacts.company,
  title: contacts.title,
  department: contacts.department,
  linkedinUrl: contacts.linkedinUrl,
  birthday: contacts.birthday,
  importantDates: contacts.importantDates,
  notes: contacts.notes,
  tags: contacts.tags,
  howWeMet: contacts.howWeMet,
};

const live = (userId: string) => and(eq(contacts.userId, userId), isNull(contacts.deletedAt));

export async function listMatchableContacts(db: DbOrTx, userId: string): Promise<MatchableRow[]> {
  // Oldest first so that, when two existing contacts share a key, the long-standing one wins.
  return db.select(importedColumns).from(contacts).where(live(userId)).orderBy(asc(contacts.createdAt), asc(contacts.id));
}

export type ContactWrite = ImportedContact & { id: string; searchText: string };

/** Rows per update statement (new contacts go through bulkInsertContacts). */
const CHUNK = 1_000;
const RECORD = sql.raw(`x(
  id uuid, given_name text, family_name text, display_name text, emails jsonb, phones jsonb,
  company text, title text, department text, linkedin_url text, birthday text,
  important_dates jsonb, notes text, tags text[], how_we_met text, search_text text)`);

/** Writes merged imported fields back, one statement per chunk, joined on id. */
export async function updateImportedFields(db: DbOrTx, userId: string, rows: ContactWrite[], onChunk?: (done: number) => void) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.execute(sql`
      update contacts c set
        given_name = x.given_name, family_name = x.family_name, display_name = x.display_name,
        emails = x.emails, phones = x.phones, company = x.company, title = x.title,
        department = x.department, linkedin_url = x.linkedin_url, birthday = x.birthday,
        important_dates = x.important_dates, notes = x.notes, tags = x.tags, how_we_met = x.how_we_met,
        search_text = x.search_text, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(chunk.map(toRecord))}::jsonb) as ${RECORD}
      where c.id = x.id and c.user_id = ${userId} and c.deleted_at is null`);
    onChunk?.(Math.min(i + CHUNK, rows.length));
  }
}

const toRecord = (r: ContactWrite) => ({
  id: r.id,
  given_name: r.givenName,
  family_name: r.familyName,
  display_name: r.displayName,
  emails: r.emails,
  phones: r.phones,
  company: r.company,
  title: r.title,
  department: r.department,
  linkedin_url: r.linkedinUrl,
  birthday: r.birthday,
  important_dates: r.importantDates,
  notes: r.notes,
  tags: r.tags,
  how_we_met: r.howWeMet,
  search_text: r.searchText,
});

/** Serialises one user's imports (held until the transaction ends); other users are unaffected. */
export async function lockUserImports(tx: DbOrTx, userId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`contact_import:${userId}`}))`);
}

export async function insertImportRecord(db: DbOrTx, values: typeof contactImports.$inferInsert): Promise<ContactImportRow> {
  const [row] = await db.insert(contactImports).values(values).returning();
  return row!;
}

/** Newest first, keyset by (created_at, id); the key is text with microseconds, as cursors carry it. */
export function listImports(db: DbOrTx, userId: string, after: { key: string | null; id: string } | null, limit: number) {
  const where = [eq(contactImports.userId, userId)];
  if (after?.key) where.push(sql`(${contactImports.createdAt}, ${contactImports.id}) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  return db
    .select({
      ...getTableColumns(contactImports),
      sortKey: sql<string>`to_char(${contactImports.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(contactImports)
    .where(and(...where))
    .orderBy(desc(contactImports.createdAt), desc(contactImports.id))
    .limit(limit);
}

/** The whole history, for the account export. */
export const listAllImports = (db: DbOrTx, userId: string) =>
  db.select().from(contactImports).where(eq(contactImports.userId, userId)).orderBy(desc(contactImports.createdAt), desc(contactImports.id));

export async function findImport(db: DbOrTx, userId: string, id: string): Promise<ContactImportRow | null> {
  const rows = await db
    .select()
    .from(contactImports)
    .where(and(eq(contactImports.userId, userId), eq(contactImports.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

/** Every live contact, full rows, for exports. */
export const listLiveContacts = (db: DbOrTx, userId: string) =>
  db.select().from(contacts).where(live(userId)).orderBy(asc(sql`lower(${contacts.displayName})`), asc(contacts.id));

export async function listInteractionsWithParticipants(db: DbOrTx, userId: string) {
  const rows = await db.select().from(interactions).where(and(eq(interactions.userId, userId), isNull(interactions.deletedAt))).orderBy(asc(interactions.occurredAt), asc(interactions.id));
  if (rows.length === 0) return [];
  const participants = await db
    .select({ interactionId: interactionContacts.interactionId, contactId: interactionContacts.contactId, role: interactionContacts.role, displayName: contacts.displayName })
    .from(interactionContacts)
    .innerJoin(contacts, and(eq(contacts.id, interactionContacts.contactId), eq(contacts.userId, userId)))
    .innerJoin(interactions, and(eq(interactions.id, interactionContacts.interactionId), eq(interactions.userId, userId), isNull(interactions.deletedAt)));
  const byInteraction = new Map<string, { contactId: string; displayName: string; role: string | null }[]>();
  for (const p of participants) {
    const list = byInteraction.get(p.interactionId) ?? [];
    list.push({ contactId: p.contactId, displayName: p.displayName, role: p.role });
    byInteraction.set(p.interactionId, list);
  }
  return rows.map((i) => ({ ...i, participants: byInteraction.get(i.id) ?? [] }));
}
