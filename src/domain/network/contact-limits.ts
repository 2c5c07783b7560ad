import { isValidOccasionDate } from '../follow-through/occasions';
import { CONTACT_LIMITS as L, labelledEmail, linkedinUrl as linkedinUrlSchema } from './api';
import type { ImportedContact, LabelledValue } from './contact-fields';

/**
 * Holds an imported contact to what the API accepts (CONTACT_LIMITS, valid e-mails, dates and
 * LinkedIn addresses), so a file cannot store what a form would refuse. Nothing is lost silently:
 * over-long text is cut with a warning, and anything dropped is named in the warning, so the
 * import report shows it next to the row number. Pure and deterministic, so re-importing the same
 * file gives the same contact (and "unchanged").
 */
export function fitContactToLimits(input: ImportedContact): { contact: ImportedContact; warnings: string[] } {
  const warnings: string[] = [];
  // Copied on the first change only: nearly every imported row is within the limits.
  let c = input;
  const change = (patch: Partial<ImportedContact>) => {
    if (c === input) c = { ...input };
    Object.assign(c, patch);
  };

  const cutField = (field: 'givenName' | 'familyName' | 'displayName' | 'company' | 'title' | 'department' | 'howWeMet' | 'notes', name: string) => {
    const value = c[field];
    if (value === null) return;
    const max = L[field];
    if (value.length <= max) return;
    const kept = cut(value, max);
    change({ [field]: kept === '' && field !== 'displayName' ? null : kept });
    warnings.push(`${name} is longer than ${max} characters; the rest was cut`);
  };
  cutField('displayName', 'name');
  cutField('givenName', 'given name');
  cutField('familyName', 'family name');
  cutField('company', 'company');
  cutField('title', 'title');
  cutField('department', 'department');
  cutField('howWeMet', 'how we met');

  const invalidEmails = c.emails.filter((e) => !labelledEmail.shape.value.safeParse(e.value).success);
  for (const e of invalidEmails) warnings.push(`"${e.value}" is not an e-mail address the app accepts; dropped`);
  const emails = keepFirst(
    c.emails.filter((e) => !invalidEmails.includes(e)).map((e) => fitLabelled(e, warnings)),
    L.emails, 'e-mail addresses', (e) => e.value, warnings,
  );
  if (!sameItems(emails, c.emails)) change({ emails });
  const phones = keepFirst(c.phones.map((p) => fitLabelled(p, warnings)), L.phones, 'phone numbers', (p) => p.value, warnings);
  if (!sameItems(phones, c.phones)) change({ phones });

  if (c.birthday !== null && !validDate(c.birthday)) {
    warnings.push(`birthday "${c.birthday}" is not a valid date; dropped`);
    change({ birthday: null });
  }
  const dates = c.importantDates.filter((d) => {
    if (validDate(d.date)) return true;
    warnings.push(`${d.label} "${d.date}" is not a valid date; dropped`);
    return false;
  });
  const importantDates = keepFirst(
    dates.map((d) => {
      if (d.label.length <= L.dateLabel) return d;
      warnings.push(`the date label "${d.label}" is longer than ${L.dateLabel} characters; the rest was cut`);
      return { ...d, label: cut(d.label, L.dateLabel) };
    }),
    L.importantDates, 'dates', (d) => `${d.label} ${d.date}`, warnings,
  );
  if (!sameItems(importantDates, c.importantDates)) change({ importantDates });

  const longTags = c.tags.filter((t) => t.length > L.tagLength);
  if (longTags.length > 0) warnings.push(`tags are at most ${L.tagLength} characters; cut: ${longTags.join(', ')}`);
  const cutTags = longTags.length > 0 ? uniqueCaseless(c.tags.map((t) => cut(t, L.tagLength))) : c.tags;
  const tags = keepFirst(cutTags, L.tags, 'tags', (t) => t, warnings);
  if (!sameItems(tags, c.tags)) change({ tags });

  // A profile address the API would refuse still matters to the person: keep it readable in notes.
  if (c.linkedinUrl !== null && !PLAIN_PROFILE.test(c.linkedinUrl) && !linkedinUrlSchema.safeParse(c.linkedinUrl).success) {
    warnings.push(`"${c.linkedinUrl}" is not a LinkedIn profile address the app accepts; kept in notes`);
    change({ notes: [c.notes, `LinkedIn: ${c.linkedinUrl}`].filter(Boolean).join('\n'), linkedinUrl: null });
  }
  cutField('notes', 'notes');
  return { contact: c, warnings };
}

/**
 * The API's date rule, remembered per distinct value: it parses with a calendar library, and an
 * import repeats the same few thousand "connected on" dates across tens of thousands of rows.
 */
const dateValidity = new Map<string, boolean>();
function validDate(value: string): boolean {
  let ok = dateValidity.get(value);
  if (ok === undefined) {
    if (dateValidity.size >= 50_000) dateValidity.clear();
    ok = isValidOccasionDate(value);
    dateValidity.set(value, ok);
  }
  return ok;
}

/** What nearly every import has, and the API's LinkedIn rule accepts: checked without zod, per row. */
const PLAIN_PROFILE = /^https:\/\/www\.linkedin\.com\/in\/[a-z0-9_-]{1,200}$/;

/** At most `max` UTF-16 units (what zod's max counts), never half a surrogate pair, no trailing space. */
function cut(value: string, max: number): string {
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end).trimEnd();
}

function fitLabelled(v: LabelledValue, warnings: string[]): LabelledValue {
  const label = v.label !== null && v.label.length > L.label ? cut(v.label, L.label) : v.label;
  const value = v.value.length > L.value ? cut(v.value, L.value) : v.value;
  if (label === v.label && value === v.value) return v;
  warnings.push(`"${value}" had a label or value longer than allowed (${L.label} / ${L.value} characters); the rest was cut`);
  return { label, value };
}

function keepFirst<T>(list: T[], max: number, what: string, show: (t: T) => string, warnings: string[]): T[] {
  if (list.length <= max) return list;
  warnings.push(`only the first ${max} ${what} are kept; dropped: ${list.slice(max).map(show).join(', ')}`);
  return list.slice(0, max);
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function uniqueCaseless(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}
