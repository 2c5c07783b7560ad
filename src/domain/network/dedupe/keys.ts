import { emailKey, normalizeLinkedinUrl, type ImportedContact } from '../contact-fields';

/** The fields dedupe looks at; DB rows carrying these (plus an id) can be passed in directly. */
export type MatchableContact = Pick<
  ImportedContact,
  'givenName' | 'familyName' | 'displayName' | 'emails' | 'linkedinUrl' | 'company'
>;

/** Printable ASCII only: nothing for NFKD to decompose, and letters are just [a-z] after lower-casing. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, accents stripped, punctuation as spaces, single spaces. */
export function foldText(value: string): string {
  // Most names and companies are plain ASCII; the Unicode path below gives the same answer for them, slower.
  if (PLAIN_ASCII.test(value)) return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir']);
const POSTNOMINALS = new Set(['phd', 'md', 'mba', 'jr', 'sr', 'ii', 'iii', 'esq', 'cpa', 'pmp']);

/**
 * Given/family tokens for name comparison. Honorifics and post-nominals are
 * dropped because LinkedIn users put them in name fields ('O'Brien, PhD').
 * Returns null when the contact has no real name (displayName is an e-mail).
 */
export function nameParts(contact: MatchableContact): { given: string; family: string } | null {
  const strip = (tokens: string[]): string[] =>
    tokens.filter((t, i) => !(i === 0 && HONORIFICS.has(t)) && !POSTNOMINALS.has(t));
  if (contact.givenName || contact.familyName) {
    const given = strip(foldText(contact.givenName ?? '').split(' ').filter(Boolean)).join(' ');
    const family = strip(foldText(contact.familyName ?? '').split(' ').filter(Boolean)).join(' ');
    if (given || family) return { given, family };
  }
  if (contact.emails.some((e) => emailKey(e.value) === emailKey(contact.displayName))) return null;
  const tokens = strip(foldText(contact.displayName).split(' ').filter(Boolean));
  if (tokens.length === 0) return null;
  if (tokens.length === 1) return { given: tokens[0]!, family: '' };
  return { given: tokens.slice(0, -1).join(' '), family: tokens[tokens.length - 1]! };
}

export function nameKey(contact: MatchableContact): string | null {
  const parts = nameParts(contact);
  if (!parts) return null;
  return [parts.given, parts.family].filter(Boolean).join(' ') || null;
}

const COMPANY_SUFFIXES =
  /\s+(inc|incorporated|llc|llp|ltd|limited|plc|gmbh|ag|sa|sas|srl|bv|nv|oy|ab|as|co|corp|corporation|company)$/;

/** 'Acme, Inc.' and 'ACME Inc' are the same employer; legal-form suffixes are dropped. */
export function companyKey(company: string | null): string | null {
  if (!company) return null;
  let key = foldText(company);
  let previous = '';
  while (key !== previous) {
    previous = key;
    key = key.replace(COMPANY_SUFFIXES, '');
  }
  return key || null;
}

export function linkedinKey(url: string | null): string | null {
  if (!url) return null;
  return normalizeLinkedinUrl(url) ?? url.trim().toLowerCase();
}

export type MatchReason = 'email' | 'linkedin' | 'name_company';

/**
 * Keys in the order the issue prescribes: e-mail, LinkedIn URL, then
 * name+company (only when both are present, since a bare name is too weak).
 */
export function matchKeysFor(contact: MatchableContact): MatchKey[] {
  return matchKeysAndName(contact).keys;
}

export type MatchKey = { reason: MatchReason; key: string };

/** matchKeysFor plus the name key it computed on the way, for callers that need both (imports). */
export function matchKeysAndName(contact: MatchableContact): { keys: MatchKey[]; name: string | null } {
  const keys: MatchKey[] = [];
  const seen = new Set<string>();
  for (const email of contact.emails) {
    const key = `email:${emailKey(email.value)}`;
    if (!seen.has(key)) keys.push({ reason: 'email', key });
    seen.add(key);
  }
  const linkedin = linkedinKey(contact.linkedinUrl);
  if (linkedin) keys.push({ reason: 'linkedin', key: `linkedin:${linkedin}` });
  const name = nameKey(contact);
  const company = companyKey(contact.company);
  if (name && company) keys.push({ reason: 'name_company', key: `name+company:${name}|${company}` });
  return { keys, name };
}

export type MatchIndex<T> = Map<string, T>;

export function buildMatchIndex<T extends MatchableContact>(existing: Iterable<T>): MatchIndex<T> {
  const index: MatchIndex<T> = new Map();
  for (const item of existing) addToMatchIndex(index, item);
  return index;
}

/** First writer wins, so matching is deterministic; also use it to dedupe rows within one import file. */
export function addToMatchIndex<T extends MatchableContact>(index: MatchIndex<T>, item: T): void {
  for (const { key } of matchKeysFor(item)) if (!index.has(key)) index.set(key, item);
}

export function findMatch<T>(
  incoming: MatchableContact,
  index: MatchIndex<T>,
): { existing: T; matchedOn: MatchReason } | null {
  for (const { reason, key } of matchKeysFor(incoming)) {
    const existing = index.get(key);
    if (existing !== undefined) return { existing, matchedOn: reason };
  }
  return null;
}
