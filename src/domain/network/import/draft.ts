import {
  SKIP_REASONS,
  emailKey,
  emptyContact,
  looksLikeEmail,
  normalizeLinkedinUrl,
  phoneKey,
  type ImportedContact,
  type LabelledValue,
} from '../contact-fields';
import { readDate, type DateOrder } from './dates';

/**
 * Every importer fills a ContactDraft with raw-ish values and calls
 * finishDraft(), so canonicalisation (trimming, label spelling, de-duplication,
 * displayName fallback) happens in exactly one place.
 */
export type ContactDraft = {
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  displayName: string | null;
  emails: LabelledValue[];
  phones: LabelledValue[];
  company: string | null;
  title: string | null;
  department: string | null;
  linkedinUrl: string | null;
  birthday: string | null;
  importantDates: { label: string; date: string }[];
  notes: string[];
  /** Non-LinkedIn URLs; kept as 'Website: …' lines in notes so nothing is lost. */
  websites: string[];
  tags: string[];
  howWeMet: string | null;
  warnings: string[];
  dateOrder: DateOrder;
};

export function newDraft(dateOrder: DateOrder = 'mdy'): ContactDraft {
  return {
    givenName: null, middleName: null, familyName: null, displayName: null,
    emails: [], phones: [], company: null, title: null, department: null, linkedinUrl: null,
    birthday: null, importantDates: [], notes: [], websites: [], tags: [], howWeMet: null,
    warnings: [], dateOrder,
  };
}

/** Anything cleanLine would change: a control character, a white space other than one inner ' '. */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** Single-line text: control characters and runs of whitespace become one space. */
export function cleanLine(value: string | null | undefined): string | null {
  if (value == null) return null;
  // Most cells are already clean; then the replace below would change nothing (and allocate).
  if (!NEEDS_CLEANING.test(value)) return value === '' ? null : value;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** Multi-line text (notes): keeps line breaks, normalised to \n. */
export function cleanMultiline(value: string | null | undefined): string | null {
  if (value == null) return null;
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}

/** Labels that only describe the transport, not which address it is. */
const NOISE_LABELS = new Set(['internet', 'pref', 'voice', 'x400', 'msg', 'type', 'other_type']);
const LABEL_ALIASES: Record<string, string> = { cell: 'mobile', business: 'work', personal: 'home', private: 'home' };

/** Lower-case label; strips Google's '* ' primary marker and Apple's '_$!<Work>!$_' wrapper. */
export function normalizeLabel(raw: string | null | undefined): string | null {
  let label = cleanLine(raw);
  if (!label) return null;
  label = label.replace(/^\*\s*/, '');
  const apple = /^_\$!<(.*)>!\$_$/.exec(label);
  if (apple) label = apple[1]!;
  label = label.toLowerCase().trim();
  if (label === '' || NOISE_LABELS.has(label)) return null;
  // Own keys only: a label such as 'constructor' must not find Object.prototype's.
  return Object.hasOwn(LABEL_ALIASES, label) ? LABEL_ALIASES[label]! : label;
}

export function addEmail(draft: ContactDraft, raw: string | null | undefined, label: string | null = null): void {
  let value = cleanLine(raw);
  if (!value) return;
  value = value.replace(/^mailto:/i, '');
  if (!looksLikeEmail(value)) {
    draft.warnings.push(`"${value}" is not an e-mail address; dropped`);
    return;
  }
  const key = emailKey(value);
  const existing = draft.emails.find((e) => emailKey(e.value) === key);
  if (existing) {
    existing.label ??= normalizeLabel(label);
    return;
  }
  draft.emails.push({ label: normalizeLabel(label), value });
}

export function addPhone(draft: ContactDraft, raw: string | null | undefined, label: string | null = null): void {
  const value = cleanLine(raw);
  if (!value) return;
  const key = phoneKey(value);
  const existing = draft.phones.find((p) => (key ? phoneKey(p.value) === key : p.value === value));
  if (existing) {
    existing.label ??= normalizeLabel(label);
    return;
  }
  draft.phones.push({ label: normalizeLabel(label), value });
}

/** LinkedIn profiles go to linkedinUrl; any other address is kept as a website line in notes. */
export function addUrl(draft: ContactDraft, raw: string | null | undefined): void {
  const value = cleanLine(raw);
  if (!value) return;
  const linkedin = normalizeLinkedinUrl(value);
  if (linkedin && (draft.linkedinUrl === null || draft.linkedinUrl === linkedin)) {
    draft.linkedinUrl = linkedin;
    return;
  }
  if (!draft.websites.includes(value)) draft.websites.push(value);
}

export function addTag(draft: ContactDraft, raw: string | null | undefined): void {
  let tag = cleanLine(raw);
  if (!tag) return;
  if (tag.startsWith('*')) {
    // Google system groups: '* myContacts' and '* starred' are not user labels; '* Friends' etc. are.
    tag = tag.replace(/^\*\s*/, '');
    if (/^(mycontacts|starred)$/i.test(tag.replace(/\s+/g, ''))) return;
  }
  if (!tag) return;
  const lower = tag.toLowerCase();
  if (!draft.tags.some((t) => t.toLowerCase() === lower)) draft.tags.push(tag);
}

export function addNote(draft: ContactDraft, raw: string | null | undefined): void {
  const note = cleanMultiline(raw);
  if (note) draft.notes.push(note);
}

export function setBirthday(draft: ContactDraft, raw: string | null | undefined): void {
  const result = readDate(raw, draft.dateOrder);
  if (result === null) return;
  if (!result.ok) {
    draft.warnings.push(`birthday "${cleanLine(raw)}" is not a valid date; dropped`);
    return;
  }
  draft.birthday ??= result.date;
}

export function addImportantDate(draft: ContactDraft, rawLabel: string | null | undefined, raw: string): void {
  const label = normalizeLabel(rawLabel) ?? 'date';
  const result = readDate(raw, draft.dateOrder);
  if (result === null) return;
  if (!result.ok) {
    draft.warnings.push(`${label} "${cleanLine(raw)}" is not a valid date; dropped`);
    return;
  }
  const date = result.date;
  if (!draft.importantDates.some((d) => d.label === label && d.date === date)) {
    draft.importantDates.push({ label, date });
  }
}

export type FinishedDraft =
  | { ok: true; contact: ImportedContact; warnings: string[] }
  | { ok: false; reason: string };

export function finishDraft(draft: ContactDraft): FinishedDraft {
  const givenName = cleanLine(draft.givenName);
  const familyName = cleanLine(draft.familyName);
  const composed = cleanLine([givenName, cleanLine(draft.middleName), familyName].filter(Boolean).join(' '));
  const displayName = cleanLine(draft.displayName) ?? composed ?? draft.emails[0]?.value ?? null;
  if (!displayName) return { ok: false, reason: SKIP_REASONS.noNameOrEmail };

  const contact = emptyContact(displayName);
  contact.givenName = givenName;
  contact.familyName = familyName;
  contact.emails = draft.emails;
  contact.phones = draft.phones;
  contact.company = cleanLine(draft.company);
  contact.title = cleanLine(draft.title);
  contact.department = cleanLine(draft.department);
  contact.linkedinUrl = draft.linkedinUrl;
  contact.birthday = draft.birthday;
  contact.importantDates = draft.importantDates;
  const noteParts = [...draft.notes];
  for (const site of draft.websites) {
    const line = `Website: ${site}`;
    if (!noteParts.some((n) => n.includes(line))) noteParts.push(line);
  }
  contact.notes = cleanMultiline(noteParts.join('\n'));
  contact.tags = draft.tags;
  contact.howWeMet = cleanMultiline(draft.howWeMet);
  return { ok: true, contact, warnings: draft.warnings };
}

/** Google joins several values in one cell with ' ::: '. */
export function splitMulti(value: string | null | undefined): string[] {
  if (!value) return [];
  return value.split(/\s*:::\s*/).map((v) => v.trim()).filter(Boolean);
}
