import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import type { Contact, createContactBody, listContactsQuery, updateContactBody } from '../../../domain/network/api';
import { emailKey, normalizeLinkedinUrl } from '../../../domain/network/contact-fields';
import { badRequest } from '../../errors';
import * as q from './contacts-queries';
import { decodeCursor, pageOf } from './cursor';
import { presentContact } from './present-contact';
import { normalizeSearchTerm } from './search-text';

export type CreateContactInput = z.output<typeof createContactBody>;
export type UpdateContactInput = z.output<typeof updateContactBody>;
export type ListContactsInput = z.output<typeof listContactsQuery>;
export type { ContactRow } from './contacts-queries';

type NameSource = { givenName?: string | null; familyName?: string | null; emails?: { value: string }[] };

/** "given family", else the first e-mail; '' when there is nothing to go by. */
export function deriveDisplayName(c: NameSource): string {
  const name = [c.givenName, c.familyName].filter(Boolean).join(' ').trim();
  return name || c.emails?.[0]?.value || '';
}

const nameRequired = () =>
  badRequest('displayName: Enter a name (or at least an e-mail address)', [
    { path: 'displayName', message: 'Enter a name (or at least an e-mail address)' },
  ]);

function uniqueBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}

/** The fields the caller sent, canonicalised; absent keys stay absent so a PATCH leaves them alone. */
export function normalizeContactFields(input: UpdateContactInput): Partial<q.ContactFields> {
  const out: Partial<q.ContactFields> = {};
  const { displayName: _ignored, linkedinUrl, emails, tags, ...rest } = input;
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (linkedinUrl !== undefined) out.linkedinUrl = linkedinUrl === null ? null : (normalizeLinkedinUrl(linkedinUrl) ?? linkedinUrl);
  if (emails !== undefined) out.emails = uniqueBy(emails, (e) => emailKey(e.value));
  if (tags !== undefined) out.tags = uniqueBy(tags, (t) => t.toLowerCase());
  return out;
}

export async function createContact(db: DbOrTx, userId: string, body: CreateContactInput): Promise<Contact> {
  const fields = normalizeContactFields(body);
  const displayName = body.displayName || deriveDisplayName(fields);
  if (!displayName) throw nameRequired();
  return presentContact(await q.insertContact(db, userId, { ...fields, displayName }));
}

/**
 * `createContact` for many owners at once, in one statement: the same normalisation, derived
 * display name and refusal of a nameless contact (before anything is written). In input order.
 */
export async function createContactsForOwners(db: DbOrTx, list: readonly { userId: string; body: CreateContactInput }[]): Promise<Contact[]> {
  const rows = list.map(({ userId, body }) => {
    const fields = normalizeContactFields(body);
    const displayName = body.displayName || deriveDisplayName(fields);
    if (!displayName) throw nameRequired();
    return { userId, contact: { ...fields, displayName } };
  });
  return (await q.insertContactsOfOwners(db, rows)).map((r) => presentContact(r));
}

/**
 * A display name that was derived from the names follows them when they change; one the person
 * typed stays. Sending displayName null/'' switches back to the derived one.
 */
export async function updateContact(db: DbOrTx, current: q.ContactRow, patch: UpdateContactInput): Promise<Contact | null> {
  const next: q.ContactFields = { ...current, ...normalizeContactFields(patch) };
  const wasDerived = current.displayName === deriveDisplayName(current);
  if (patch.displayName) next.displayName = patch.displayName;
  else if (patch.displayName === null || wasDerived) next.displayName = deriveDisplayName(next);
  if (!next.displayName) throw nameRequired();
  const row = await q.updateContact(db, current.userId, current.id, next);
  return row && presentContact(row);
}

/** The caller's live contact (row, for the policy check) or null. */
export const findContact = (db: DbOrTx, userId: string, id: string) => q.findContact(db, userId, id);
export const findDeletedContact = (db: DbOrTx, userId: string, id: string) => q.findDeletedContact(db, userId, id);
export const deleteContact = (db: DbOrTx, userId: string, id: string) => q.softDeleteContact(db, userId, id);

export async function restoreContact(db: DbOrTx, userId: string, id: string): Promise<Contact | null> {
  const row = await q.restoreContact(db, userId, id);
  return row && presentContact(row);
}

/** For other rooms: the caller's live contacts among `ids`, in the order asked; unknown ids are left out. */
export async function getContactsByIds(db: DbOrTx, userId: string, ids: readonly string[]): Promise<Contact[]> {
  const rows = await q.findContactsByIds(db, userId, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return uniqueBy([...ids], (x) => x).flatMap((id) => {
    const r = byId.get(id);
    return r ? [presentContact(r)] : [];
  });
}

/**
 * For other rooms' lists across many owners (a mentor's mentees): each pair's live contact, in one
 * statement; a contact counts only for its own owner.
 */
export async function getContactsOfOwners(db: DbOrTx, pairs: readonly { userId: string; contactId: string }[]): Promise<Map<string, Contact>> {
  const owner = new Map(pairs.map((p) => [p.contactId, p.userId]));
  const rows = await q.findContactsOfOwners(db, [...new Set(owner.values())], [...owner.keys()]);
  return new Map(rows.filter((r) => owner.get(r.id) === r.userId).map((r) => [r.id, presentContact(r)]));
}

/**
 * For other rooms: the caller's live contact for each e-mail (the network's duplicate rule: an
 * e-mail match is the same person), keyed by the e-mail as given; addresses with no contact are left out.
 */
export async function findContactsByEmails(db: DbOrTx, userId: string, emails: readonly string[]): Promise<Map<string, Contact>> {
  const rows = await q.findContactsByEmailKeys(db, userId, [...new Set(emails.map(emailKey))]);
  const out = new Map<string, Contact>();
  for (const email of emails) {
    const row = rows.find((r) => r.emails.some((e) => emailKey(e.value) === emailKey(email)));
    if (row) out.set(email, presentContact(row));
  }
  return out;
}

/** Call inside the transaction that wrote the interactions, after the write. */
export const touchLastInteraction = (tx: DbOrTx, userId: string, contactIds: readonly string[]) =>
  q.recomputeLastInteraction(tx, userId, [...new Set(contactIds)]);

export const listContactTags = (db: DbOrTx, userId: string) => q.listContactTags(db, userId);

/** zod's ISO date accepts year 0000, which PostgreSQL refuses; that must be a 400, not a 500. */
function checkDate(value: string | undefined, field: string) {
  if (value !== undefined && Number(value.slice(0, 4)) < 1) {
    throw badRequest(`querystring.${field}: Use a date from year 1 on`, [{ path: `querystring.${field}`, message: 'Use a date from year 1 on' }]);
  }
}

export async function listContacts(db: DbOrTx, userId: string, query: ListContactsInput) {
  checkDate(query.lastContactedBefore, 'lastContactedBefore');
  checkDate(query.lastContactedAfter, 'lastContactedAfter');
  const byName = query.sort === 'name' || query.sort === '-name';
  const after = decodeCursor(query.cursor, query.sort, byName ? 'text' : 'instant', query.sort.endsWith('last_contacted'));
  const filters: q.ContactFilters = {
    q: query.q,
    circle: query.circle,
    tag: query.tag,
    starred: query.starred,
    employer: query.employer,
    level: query.level,
    lastContactedBefore: query.lastContactedBefore,
    lastContactedAfter: query.lastContactedAfter,
  };
  // The total is counted once, on the first page, and then travels in the cursor; a cursor made
  // for other filters (or an old one without it) is counted again. A filtered first page counts
  // in the same scan (count(*) over ()); an unfiltered one is an index range scan plus a count.
  const fingerprint = filtersFingerprint(filters);
  const carried = after?.total?.filters === fingerprint ? after.total.n : undefined;
  const inline = carried === undefined && !after && q.hasFilters(filters);
  const rows = await q.listContacts(db, userId, filters, query.sort, after, query.limit + 1, inline);
  const total = carried ?? (inline ? (rows[0]?.total ?? 0) : await q.countContacts(db, userId, filters));
  const page = pageOf(rows, query.limit, query.sort, { n: total, filters: fingerprint });
  // presentContact never reads search_text, which the list does not load.
  return { items: page.items.map((r) => presentContact({ ...r, searchText: '' })), nextCursor: page.nextCursor, total };
}

/** A short, stable digest of the filters, so a carried total is only trusted for the same filters. */
function filtersFingerprint(f: q.ContactFilters): string {
  const canonical = JSON.stringify([
    normalizeSearchTerm(f.q ?? ''), f.circle ?? [], f.tag ?? [], f.starred ?? null, f.employer ?? null, f.level ?? [],
    f.lastContactedBefore ?? null, f.lastContactedAfter ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}
