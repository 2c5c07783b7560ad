import type { Db } from '../../db/client';
import type { Contact } from '../../../domain/network/api';
import type { ImportedContact } from '../../../domain/network/contact-fields';
import { findLikelyDuplicates, mergeContacts, mergeLimitProblems, type DuplicateReason } from '../../../domain/network/dedupe/index';
import { conflict } from '../../errors';
import { buildSearchText } from './search-text';
import { presentContact } from './present-contact';
import { listLiveContacts } from './imports-queries';
import * as q from './duplicates-queries';

/** Strongest first; beyond this a list is not something anyone reviews by hand. */
export const MAX_DUPLICATE_PAIRS = 500;

export async function listDuplicates(db: Db, userId: string): Promise<{ items: { a: Contact; b: Contact; reason: DuplicateReason }[]; total: number }> {
  const pairs = findLikelyDuplicates(await listLiveContacts(db, userId));
  return {
    items: pairs.slice(0, MAX_DUPLICATE_PAIRS).map((p) => ({ a: presentContact(p.a), b: presentContact(p.b), reason: p.reason })),
    total: pairs.length,
  };
}

function importedOf(c: q.ContactRow): ImportedContact {
  const { givenName, familyName, displayName, emails, phones, company, title, department, linkedinUrl, birthday, importantDates, notes, tags, howWeMet } = c;
  return { givenName, familyName, displayName, emails, phones, company, title, department, linkedinUrl, birthday, importantDates, notes, tags, howWeMet };
}

/** Fields mergeContacts does not know about (they are not in any import format). */
const EXTRA_FIELDS = ['industry', 'level', 'employer', 'circle'] as const;

/**
 * The Trellis-only fields: empty ones are filled from the merged contact, conflicting ones keep
 * the kept contact's value and record the other as an "Also: …" note line, as mergeContacts does.
 */
function mergeExtras(keep: q.ContactRow, other: q.ContactRow, notes: string | null): q.ContactUpdate {
  const update: q.ContactUpdate = {};
  const also: string[] = [];
  for (const field of EXTRA_FIELDS) {
    const ours = keep[field];
    const theirs = other[field];
    if (theirs === null) continue;
    if (ours === null) update[field] = theirs;
    else if (ours.toLowerCase() !== theirs.toLowerCase()) also.push(`Also: ${field} ${theirs}`);
  }
  if (keep.cadence === null && other.cadence !== null) update.cadence = other.cadence;
  if (keep.linkedUserId === null && other.linkedUserId !== null) update.linkedUserId = other.linkedUserId;
  if (other.starred && !keep.starred) update.starred = true;
  const fresh = also.filter((line) => !notes?.includes(line));
  update.notes = fresh.length > 0 ? [notes, fresh.join('\n')].filter(Boolean).join('\n\n') : notes;
  return update;
}

/**
 * Folds `mergeId` into `keepId` in one transaction: fields united (nothing dropped), every
 * interaction moved over, last-contacted recomputed, then the merged contact is deleted for good.
 * Null when either contact is not a live contact of this user. A merge that would hold more
 * e-mails, phones, tags, dates or notes than a contact may is refused (409, per field), whole.
 */
export async function mergeTwoContacts(db: Db, userId: string, keepId: string, mergeId: string): Promise<Contact | null> {
  return db.transaction(async (tx) => {
    const rows = await q.lockLiveContacts(tx, userId, [keepId, mergeId]);
    const keep = rows.find((r) => r.id === keepId);
    const other = rows.find((r) => r.id === mergeId);
    if (!keep || !other) return null;

    const fields = mergeContacts(importedOf(keep), importedOf(other));
    const extras = mergeExtras(keep, other, fields.notes);
    const next = { ...fields, ...extras, notes: extras.notes ?? null };
    const over = mergeLimitProblems(next);
    if (over.length > 0) {
      throw conflict('merge_over_limits', over.length === 1 ? over[0]!.message : `${over.length} fields would be over the limits: ${over.map((p) => p.message).join(' ')}`, over.map((p) => ({ path: p.path, message: p.message })));
    }
    const searchText = buildSearchText({ ...next, industry: next.industry ?? keep.industry });
    await q.updateContact(tx, userId, keepId, { ...next, searchText });
    await q.moveParticipants(tx, userId, keepId, mergeId);
    await q.recomputeLastInteraction(tx, userId, keepId);
    await q.hardDeleteContact(tx, userId, mergeId);
    const merged = await q.findContact(tx, userId, keepId);
    return presentContact(merged!);
  });
}
