import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db, DbOrTx } from '../../db/client';
import { ProblemError } from '../../errors';
import { normalizeLinkedinUrl, type ColumnMapping, type ImportFormat, type ImportedContact, type ParseReport } from '../../../domain/network/contact-fields';
import { ImportFileError, parseImport } from '../../../domain/network/import/index';
import { fitContactToLimits } from '../../../domain/network/contact-limits';
import { matchKeysAndName, matchKeysFor, mergeContacts, type MatchKey } from '../../../domain/network/dedupe/index';
import type { ImportReport } from '../../../domain/network/import-api';
import { buildSearchText } from './search-text';
import type { ProgressReporter } from './import-progress';
import { bulkInsertContacts, flushSearchIndex } from './contacts-bulk';
import { decodeCursor, pageOf } from './cursor';
import * as q from './imports-queries';

export type ImportInput = {
  format: ImportFormat;
  text: string;
  filename: string | null;
  mapping?: ColumnMapping;
  dryRun?: boolean;
  progress?: ProgressReporter;
};

/** Where the time went; for benchmarks and logs, not part of the API. */
export type ImportTimings = { parseMs: number; loadMs: number; matchMs: number; saveMs: number; totalMs: number };

const unreadable = (detail: string) => new ProblemError(400, 'unreadable_file', 'The file cannot be imported', detail);

/**
 * Bytes → text. Exports from LinkedIn, Google, Outlook and phones are UTF-8 (with or without a
 * BOM, which the decoder drops); anything else is refused rather than imported as mojibake.
 */
export function decodeUpload(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw unreadable('This looks like a binary file (e.g. a spreadsheet or an image). Upload the CSV or vCard export itself.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('The file is not UTF-8 text. Export it again as UTF-8 (in Excel: "CSV UTF-8").');
  }
}

function parseOr400(input: ImportInput): ParseReport {
  let report: ParseReport;
  try {
    report = parseImport(input.format, input.text, { mapping: input.mapping });
  } catch (err) {
    if (err instanceof ImportFileError) throw unreadable(err.message);
    throw err;
  }
  if (report.totalRows === 0 && input.text.trim() !== '') {
    throw unreadable(`No contacts were found in this file. Is it really a ${input.format} export?`);
  }
  if (report.totalRows === 0) throw unreadable('The file is empty.');
  return report;
}

/** A contact as matching sees it: an existing one, or one this import creates. */
type Working = { contact: q.MatchableRow; isNew: boolean; dirty: boolean };

function importedOf(c: ImportedContact): ImportedContact {
  return {
    givenName: c.givenName, familyName: c.familyName, displayName: c.displayName, emails: c.emails, phones: c.phones,
    company: c.company, title: c.title, department: c.department, linkedinUrl: c.linkedinUrl, birthday: c.birthday,
    importantDates: c.importantDates, notes: c.notes, tags: c.tags, howWeMet: c.howWeMet,
  };
}

/** jsonb does not keep object key order, so list entries are compared as tuples. */
function canonical(c: ImportedContact): string {
  return JSON.stringify([
    c.givenName, c.familyName, c.displayName, c.company, c.title, c.department, c.linkedinUrl, c.birthday,
    c.notes, c.tags, c.howWeMet,
    c.emails.map((e) => [e.label, e.value]),
    c.phones.map((p) => [p.label, p.value]),
    c.importantDates.map((d) => [d.label, d.date]),
  ]);
}

type Outcome = Omit<ImportReport, 'id' | 'format' | 'filename' | 'dryRun' | 'createdAt'> & {
  toCreate: Working[];
  toUpdate: Working[];
};

/** First writer wins, so matching is deterministic. */
function remember(index: Map<string, Working>, entry: Working, keys: readonly MatchKey[]) {
  for (const { key } of keys) if (!index.has(key)) index.set(key, entry);
}

/**
 * Decides, for every parsed row, whether it creates a contact or merges into one. Newly created
 * contacts join the index at once, so a person listed twice in one file becomes one contact.
 */
function matchRows(parsed: ParseReport, existing: q.MatchableRow[], progress: ProgressReporter): Outcome {
  const index = new Map<string, Working>();
  const byName = new Map<string, Working[]>();
  const rememberName = (w: Working, key: string | null) => {
    if (!key) return;
    const list = byName.get(key);
    if (list) list.push(w);
    else byName.set(key, [w]);
  };
  for (const contact of existing) {
    const w: Working = { contact, isNew: false, dirty: false };
    const { keys, name } = matchKeysAndName(contact);
    remember(index, w, keys);
    rememberName(w, name);
  }
  const out: Outcome = {
    totalRows: parsed.totalRows, created: 0, merged: 0, unchanged: 0, skipped: parsed.skipped.length,
    skippedRows: parsed.skipped, mergedRows: [], warnings: [], toCreate: [], toUpdate: [],
  };
  parsed.rows.forEach((row, i) => {
    for (const message of row.warnings ?? []) out.warnings.push({ rowNumber: row.rowNumber, message });
    if (i % 5_000 === 0) progress({ phase: 'matching', processed: i, total: parsed.rows.length });
    // Keys (and the name key among them) are computed once per row.
    const { keys, name } = matchKeysAndName(row.contact);
    const hit = keys.find((k) => index.has(k.key));
    const candidate = hit ? { existing: index.get(hit.key)!, matchedOn: hit.reason } : null;
    const match = candidate && !distinctProfiles(candidate.matchedOn, row.contact, candidate.existing.contact) ? candidate : null;
    if (!match) {
      if (keys.length === 0 && alreadyHeld(row.contact, name, byName)) {
        out.unchanged++;
        return;
      }
      // The parsed row belongs to this import alone; giving it its id in place spares a copy per row.
      const entry: Working = { contact: Object.assign(row.contact, { id: randomUUID() }), isNew: true, dirty: false };
      remember(index, entry, keys);
      rememberName(entry, name);
      out.toCreate.push(entry);
      out.created++;
      return;
    }
    const entry = match.existing;
    const before = entry.contact;
    const unfitted = mergeContacts(importedOf(before), row.contact);
    const beforeKey = canonical(before);
    if (canonical(unfitted) === beforeKey) {
      out.unchanged++;
      return;
    }
    // A merge can outgrow the limits too (a 21st e-mail, notes with "Also:" lines): held to them again.
    const { contact: merged, warnings } = fitContactToLimits(unfitted);
    for (const message of warnings) out.warnings.push({ rowNumber: row.rowNumber, message });
    if (canonical(merged) === beforeKey) {
      out.unchanged++;
      return;
    }
    entry.contact = { ...merged, id: before.id };
    // The merge may have brought new e-mails or a LinkedIn URL that later rows should match on.
    remember(index, entry, matchKeysFor(entry.contact));
    if (!entry.isNew && !entry.dirty) out.toUpdate.push(entry);
    entry.dirty = true;
    out.merged++;
    out.mergedRows.push({ rowNumber: row.rowNumber, contactId: before.id, displayName: entry.contact.displayName, matchedOn: match.matchedOn });
  });
  return out;
}

/**
 * Name + company is the weakest key: two connections called "John Smith" at IBM with different
 * LinkedIn profiles are two people, and merging them would fuse their histories.
 */
function distinctProfiles(reason: string, a: ImportedContact, b: ImportedContact): boolean {
  if (reason !== 'name_company' || !a.linkedinUrl || !b.linkedinUrl || a.linkedinUrl === b.linkedinUrl) return false;
  const key = (url: string) => normalizeLinkedinUrl(url) ?? url.trim().toLowerCase();
  return key(a.linkedinUrl) !== key(b.linkedinUrl);
}

/**
 * Only for rows without keys (a bare "Sam": no e-mail, URL or company), which are too weak to
 * merge on. When a same-named contact already holds everything such a row says, creating it again
 * would add a duplicate on every re-import, so the row counts as unchanged instead. (A row that
 * has a key and found no match holds something, that e-mail or URL, which no contact has.)
 */
function alreadyHeld(contact: ImportedContact, name: string | null, byName: Map<string, Working[]>): boolean {
  if (!name) return false;
  return (byName.get(name) ?? []).some(({ contact: c }) => {
    const held = importedOf(c);
    return canonical(mergeContacts(held, contact)) === canonical(held);
  });
}

const toWrite = ({ contact }: Working): q.ContactWrite => ({ ...importedOf(contact), id: contact.id, searchText: buildSearchText(contact) });

/**
 * Imports a file into one user's contacts. Everything after parsing runs in one transaction:
 * the import lands whole or not at all, and per-row problems are reported, never silently dropped.
 * With dryRun the same report is computed and nothing is written.
 */
export async function runImport(db: Db, userId: string, input: ImportInput): Promise<{ report: ImportReport; timings: ImportTimings }> {
  const progress = input.progress ?? (() => {});
  const t0 = performance.now();
  try {
    progress({ phase: 'parsing', processed: 0, total: 0 });
    const parsed = parseOr400(input);
    const t1 = performance.now();
    const timings: ImportTimings = { parseMs: t1 - t0, loadMs: 0, matchMs: 0, saveMs: 0, totalMs: 0 };

    const work = async (tx: DbOrTx) => {
      const tLoad = performance.now();
      const existing = await q.listMatchableContacts(tx, userId);
      const tMatch = performance.now();
      const outcome = matchRows(parsed, existing, progress);
      const tSave = performance.now();
      timings.loadMs = tMatch - tLoad;
      timings.matchMs = tSave - tMatch;
      const { toCreate, toUpdate, ...counts } = outcome;
      if (input.dryRun) return { id: null, createdAt: null, ...counts };

      const total = toCreate.length + toUpdate.length;
      progress({ phase: 'saving', processed: 0, total });
      await bulkInsertContacts(tx, userId, toCreate.map((w) => w.contact), (n) => progress({ phase: 'saving', processed: n, total }));
      await q.updateImportedFields(tx, userId, toUpdate.map(toWrite), (n) =>
        progress({ phase: 'saving', processed: toCreate.length + n, total }),
      );
      if (toUpdate.length >= 1_000) await flushSearchIndex(tx);
      const row = await q.insertImportRecord(tx, {
        userId, format: input.format, filename: input.filename, totalRows: counts.totalRows,
        created: counts.created, merged: counts.merged, unchanged: counts.unchanged, skipped: counts.skipped,
        details: { skipped: counts.skippedRows, merged: counts.mergedRows, warnings: counts.warnings },
      });
      timings.saveMs = performance.now() - tSave;
      return { id: row.id, createdAt: row.createdAt.toISOString(), ...counts };
    };

    const result = input.dryRun
      ? await work(db)
      : await db.transaction(async (tx) => {
          // Two imports of the same user at once would each miss the other's new contacts.
          await q.lockUserImports(tx, userId);
          return work(tx);
        });
    const total = result.created + result.merged + result.unchanged;
    progress({ phase: 'done', processed: total, total });
    timings.totalMs = performance.now() - t0;
    return {
      report: { ...result, format: input.format, filename: input.filename, dryRun: input.dryRun ?? false },
      timings,
    };
  } catch (err) {
    progress({ phase: 'failed', processed: 0, total: 0 });
    throw err;
  }
}

type ImportDetails = { skipped?: ImportReport['skippedRows']; merged?: ImportReport['mergedRows']; warnings?: ImportReport['warnings'] };

export function presentImport(row: q.ContactImportRow): ImportReport {
  const details = (row.details ?? {}) as ImportDetails;
  return {
    id: row.id,
    format: row.format as ImportFormat,
    filename: row.filename,
    totalRows: row.totalRows,
    created: row.created,
    merged: row.merged,
    unchanged: row.unchanged,
    skipped: row.skipped,
    skippedRows: details.skipped ?? [],
    mergedRows: details.merged ?? [],
    warnings: details.warnings ?? [],
    dryRun: false,
    createdAt: row.createdAt.toISOString(),
  };
}

const HISTORY_ORDER = 'imports_newest';

/** One page of the import history, newest first. */
export async function listImports(db: Db, userId: string, input: { limit: number; cursor?: string }) {
  const after = decodeCursor(input.cursor, HISTORY_ORDER, 'instant', false);
  const page = pageOf(await q.listImports(db, userId, after, input.limit + 1), input.limit, HISTORY_ORDER);
  return { items: page.items.map(presentImport), nextCursor: page.nextCursor };
}

export const findImport = (db: Db, userId: string, id: string) => q.findImport(db, userId, id);
