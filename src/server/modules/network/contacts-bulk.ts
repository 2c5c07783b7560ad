import { sql } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { DbOrTx } from '../../db/client';
import type { ContactFields } from './contacts-queries';
import { buildSearchText } from './search-text';

/**
 * Bulk contact writes (imports, the demo): thousands of rows in a handful of statements.
 *
 * On PGlite the rows go in with COPY FROM a blob in PostgreSQL's text format: no bind parameters,
 * no JSON to build in JS and parse again in the database, which on a 30,000-row import is
 * about half a second less than one jsonb document per chunk. node-postgres has no COPY without an
 * extra stream library, and on a real server the JSON route is fast, so it keeps that one.
 */

/** Everything a person or an import can set, plus the id the caller chose; search_text is derived here. */
export type BulkContact = Partial<ContactFields> &
  Pick<ContactFields, 'displayName'> & { id: string; createdAt?: Date; updatedAt?: Date };

/** Inside copyChunk a missing createdAt becomes the transaction's now(), as PostgreSQL text. */
type Stamped = Omit<BulkContact, 'createdAt'> & { createdAt?: Date | string };

/** Rows per statement: a progress step, and a bound on the size of one blob or JSON document. */
export const BULK_CHUNK = 5_000;

type Column = { name: string; type: string; pick: (c: Stamped, searchText: string) => unknown; kind: 'text' | 'json' | 'array' | 'bool' | 'time' };

const text = (name: string, pick: (c: Stamped) => string | null | undefined, type = 'text'): Column =>
  ({ name, type, pick, kind: 'text' });
const json = (name: string, pick: (c: Stamped) => unknown): Column => ({ name, type: 'jsonb', pick, kind: 'json' });

const COLUMNS: Column[] = [
  text('id', (c) => c.id, 'uuid'),
  text('given_name', (c) => c.givenName),
  text('family_name', (c) => c.familyName),
  text('display_name', (c) => c.displayName),
  json('emails', (c) => c.emails ?? []),
  json('phones', (c) => c.phones ?? []),
  text('company', (c) => c.company),
  text('title', (c) => c.title),
  text('department', (c) => c.department),
  text('industry', (c) => c.industry),
  text('level', (c) => c.level),
  text('employer', (c) => c.employer),
  text('circle', (c) => c.circle),
  text('how_we_met', (c) => c.howWeMet),
  text('birthday', (c) => c.birthday),
  json('important_dates', (c) => c.importantDates ?? []),
  text('linkedin_url', (c) => c.linkedinUrl),
  { name: 'tags', type: 'text[]', pick: (c) => c.tags ?? [], kind: 'array' },
  text('notes', (c) => c.notes),
  { name: 'starred', type: 'boolean', pick: (c) => c.starred ?? false, kind: 'bool' },
  json('cadence', (c) => c.cadence ?? null),
  text('linked_user_id', (c) => c.linkedUserId, 'uuid'),
  { name: 'search_text', type: 'text', pick: (_c, searchText) => searchText, kind: 'text' },
];
const TIMES: Column[] = [
  { name: 'created_at', type: 'timestamptz', pick: (c) => c.createdAt, kind: 'time' },
  { name: 'updated_at', type: 'timestamptz', pick: (c) => c.updatedAt ?? c.createdAt, kind: 'time' },
];

const searchTextOf = (c: Stamped) => buildSearchText(c);

/** COPY text format: backslash, tab, newline and carriage return are escaped; \N is NULL. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
function copyEscape(s: string): string {
  return COPY_SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch]!) : s;
}

/** An array literal, every element quoted, so commas, braces and the word NULL stay plain text. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;
}

function copyField(col: Column, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (col.kind) {
    case 'text':
      return copyEscape(value as string);
    case 'json':
      return copyEscape(JSON.stringify(value));
    case 'array':
      return copyEscape(arrayLiteral(value as string[]));
    case 'bool':
      return value ? 't' : 'f';
    case 'time':
      return typeof value === 'string' ? value : (value as Date).toISOString();
  }
}

/** The whole chunk as one COPY text document (user_id first, then the columns in order). */
function copyDocument(userId: string, rows: readonly Stamped[], columns: readonly Column[]): string {
  const lines: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i]!;
    const searchText = searchTextOf(c);
    let line = userId;
    for (const col of columns) line += `\t${copyField(col, col.pick(c, searchText))}`;
    lines[i] = line;
  }
  return `${lines.join('\n')}\n`;
}

type PgliteQueryable = { query(sql: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown> };

/** The PGlite connection (or open PGlite transaction) behind a Drizzle handle; null on node-postgres. */
function pgliteClient(db: DbOrTx): PgliteQueryable | null {
  const session = (db as unknown as { session?: unknown }).session;
  if (!(session instanceof PgliteSession)) return null;
  return (session as unknown as { client: PgliteQueryable }).client;
}

function columnsFor(rows: readonly BulkContact[]): Column[] {
  return rows.some((r) => r.createdAt) ? [...COLUMNS, ...TIMES] : COLUMNS;
}

/**
 * Inserts the rows for one user, in chunks, calling onChunk with the number written so far.
 * Rows without createdAt get the transaction's now(), like a single insert would.
 */
export async function bulkInsertContacts(
  db: DbOrTx,
  userId: string,
  rows: readonly BulkContact[],
  onChunk?: (done: number) => void,
): Promise<void> {
  const client = pgliteClient(db);
  // A big insert fills new WAL segment files. Zero-filling each 16 MB segment first buys nothing on
  // PGlite (its WAL pages carry headers and CRCs) but costs a third of a second per 30,000 contacts
  // in the in-memory file system. LOCAL: it ends with the caller's transaction.
  if (client && rows.length >= BULK_CHUNK) await client.query('set local wal_init_zero = off');
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    if (client) await copyChunk(client, userId, chunk);
    else await insertChunkAsJson(db, userId, chunk);
    onChunk?.(Math.min(i + BULK_CHUNK, rows.length));
  }
  // GIN keeps recent entries in a pending list that every search scans; vacuum would fold it into
  // the index, but PGlite runs none, so after a bulk insert up to 4 MB of it would stay and make
  // every search about twice as slow. Folding it in now costs ~50 ms per 30,000 contacts.
  if (rows.length >= FLUSH_AFTER) await flushSearchIndex(db);
}

const FLUSH_AFTER = 1_000;

/** See above; also for callers that update many contacts at once (a re-import's merges). No-op off PGlite. */
export async function flushSearchIndex(db: DbOrTx): Promise<void> {
  const client = pgliteClient(db);
  if (client) await client.query(`select gin_clean_pending_list('contacts_search_trgm_idx'::regclass)`);
}

async function copyChunk(client: PgliteQueryable, userId: string, chunk: readonly BulkContact[]) {
  const columns = columnsFor(chunk);
  let rows: readonly Stamped[] = chunk;
  if (columns.length > COLUMNS.length && chunk.some((r) => !r.createdAt)) {
    // COPY cannot default a column for some rows only: give those the transaction's own now().
    const result = (await client.query(`select now()::text as now`)) as { rows: { now: string }[] };
    const now = result.rows[0]!.now;
    rows = chunk.map((r) => (r.createdAt ? r : { ...r, createdAt: now }));
  }
  const names = ['user_id', ...columns.map((c) => c.name)].join(', ');
  const blob = new Blob([copyDocument(userId, rows, columns)]);
  await client.query(`copy contacts (${names}) from '/dev/blob'`, [], { blob });
}

/**
 * One jsonb document per chunk, spread into rows by jsonb_to_recordset: one parameter, not thousands.
 * The node-postgres route; exported so tests can hold it to the same rows as COPY on PGlite.
 */
export async function insertChunkAsJson(db: DbOrTx, userId: string, chunk: readonly BulkContact[]) {
  const columns = [...COLUMNS, ...TIMES];
  const records = chunk.map((c) => {
    const searchText = searchTextOf(c);
    const out: Record<string, unknown> = {};
    for (const col of columns) out[col.name] = col.pick(c, searchText) ?? null;
    return out;
  });
  const names = columns.map((c) => c.name);
  const shape = sql.raw(`x(${columns.map((c) => `${c.name} ${c.type}`).join(', ')})`);
  const values = sql.raw(
    columns.map((c) => (c.kind === 'time' ? `coalesce(x.${c.name}, now())` : `x.${c.name}`)).join(', '),
  );
  await db.execute(sql`
    insert into contacts (user_id, ${sql.raw(names.join(', '))})
    select ${userId}, ${values}
    from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as ${shape}`);
}
