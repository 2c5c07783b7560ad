import { emailKey, phoneKey, type ImportedContact } from '../contact-fields';
import { linkedinKey } from './keys';

type ScalarField = 'displayName' | 'company' | 'title' | 'department' | 'linkedinUrl' | 'birthday' | 'howWeMet';

/** How a conflicting incoming value is named in the "Also: …" note line. */
const CONFLICT_LABELS: Record<ScalarField, string> = {
  displayName: 'name',
  company: 'company',
  title: 'title',
  department: 'department',
  linkedinUrl: 'LinkedIn',
  birthday: 'birthday',
  howWeMet: 'how we met',
};

/**
 * Merges an incoming (imported) contact into an existing one without losing
 * data:
 *  - lists (e-mails, phones, tags, important dates) are unioned, base first;
 *    an unlabelled base entry takes the incoming label;
 *  - empty base scalars are filled from incoming;
 *  - a conflicting scalar keeps the base value and the incoming one is
 *    recorded as a line "Also: <field> <value>" at the end of notes
 *    (e.g. "Also: company Globex"), once, so re-importing the same file does
 *    not grow the notes;
 *  - a yearless base birthday is upgraded when incoming has the same day with a year;
 *  - a base whose displayName is only its e-mail adopts the incoming name.
 * Inputs are not mutated.
 */
export function mergeContacts(base: ImportedContact, incoming: ImportedContact): ImportedContact {
  const merged: ImportedContact = structuredClone(base);
  const alsoLines: string[] = [];

  const nameless = !base.givenName && !base.familyName && base.emails.some((e) => sameText(e.value, base.displayName));
  if (nameless && (incoming.givenName || incoming.familyName || !sameText(incoming.displayName, base.displayName))) {
    merged.displayName = incoming.displayName;
  }
  merged.givenName ??= incoming.givenName;
  merged.familyName ??= incoming.familyName;

  for (const field of Object.keys(CONFLICT_LABELS) as ScalarField[]) {
    const ours = merged[field];
    const theirs = incoming[field];
    if (theirs === null || theirs === undefined) continue;
    if (ours === null) {
      merged[field] = theirs;
      continue;
    }
    if (equivalent(field, ours, theirs)) continue;
    if (field === 'birthday' && ours.startsWith('--') && theirs.endsWith(ours.slice(1))) {
      merged.birthday = theirs;
      continue;
    }
    if (field === 'birthday' && theirs.startsWith('--') && ours.endsWith(theirs.slice(1))) continue;
    alsoLines.push(`Also: ${CONFLICT_LABELS[field]} ${theirs.replace(/\s*\n\s*/g, ' ')}`);
  }

  for (const email of incoming.emails) {
    const existing = merged.emails.find((e) => emailKey(e.value) === emailKey(email.value));
    if (!existing) merged.emails.push({ ...email });
    else existing.label ??= email.label;
  }
  for (const phone of incoming.phones) {
    const key = phoneKey(phone.value);
    const existing = merged.phones.find((p) => (key ? phoneKey(p.value) === key : p.value === phone.value));
    if (!existing) merged.phones.push({ ...phone });
    else existing.label ??= phone.label;
  }
  for (const tag of incoming.tags) {
    if (!merged.tags.some((t) => sameText(t, tag))) merged.tags.push(tag);
  }
  for (const date of incoming.importantDates) {
    if (!merged.importantDates.some((d) => d.label === date.label && d.date === date.date)) {
      merged.importantDates.push({ ...date });
    }
  }

  merged.notes = mergeNotes(merged.notes, incoming.notes, alsoLines);
  return merged;
}

function mergeNotes(base: string | null, incoming: string | null, alsoLines: string[]): string | null {
  const blocks = base ? [base] : [];
  const has = (text: string): boolean => blocks.some((b) => b.includes(text));
  if (incoming && !has(incoming)) blocks.push(incoming);
  const extra = alsoLines.filter((line) => !has(line));
  if (extra.length > 0) blocks.push(extra.join('\n'));
  return blocks.length > 0 ? blocks.join('\n\n') : null;
}

function sameText(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

function equivalent(field: ScalarField, a: string, b: string): boolean {
  if (field === 'linkedinUrl') return linkedinKey(a) === linkedinKey(b);
  return sameText(a, b);
}
