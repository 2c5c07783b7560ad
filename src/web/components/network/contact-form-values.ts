import type { Contact, CreateContactBody } from '../../../domain/network/api';
import { createContactBody, EMPLOYER_RELATIONS } from '../../../domain/network/api';

type Employer = (typeof EMPLOYER_RELATIONS)[number];

/** What the form edits: strings everywhere (inputs cannot hold null), converted by toContactBody. */
export type ContactFormValues = {
  givenName: string;
  familyName: string;
  displayName: string;
  emails: { label: string; value: string }[];
  phones: { label: string; value: string }[];
  company: string;
  title: string;
  department: string;
  industry: string;
  level: string | null;
  employer: 'unknown' | Employer;
  circle: string | null;
  howWeMet: string;
  birthday: string;
  importantDates: { label: string; date: string }[];
  tags: string[];
  linkedinUrl: string;
  notes: string;
  starred: boolean;
};

export function contactFormValues(c?: Contact | null, defaults?: Partial<ContactFormValues>): ContactFormValues {
  return {
    givenName: c?.givenName ?? '',
    familyName: c?.familyName ?? '',
    displayName: c?.displayName ?? '',
    emails: c?.emails.map((e) => ({ label: e.label ?? '', value: e.value })) ?? [],
    phones: c?.phones.map((p) => ({ label: p.label ?? '', value: p.value })) ?? [],
    company: c?.company ?? '',
    title: c?.title ?? '',
    department: c?.department ?? '',
    industry: c?.industry ?? '',
    level: c?.level ?? null,
    employer: c?.employer ?? 'unknown',
    circle: c?.circle ?? null,
    howWeMet: c?.howWeMet ?? '',
    birthday: c?.birthday ?? '',
    importantDates: c?.importantDates.map((d) => ({ ...d })) ?? [],
    tags: c?.tags ?? [],
    linkedinUrl: c?.linkedinUrl ?? '',
    notes: c?.notes ?? '',
    starred: c?.starred ?? false,
    ...defaults,
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function toContactBody(v: ContactFormValues): CreateContactBody {
  return {
    givenName: orNull(v.givenName),
    familyName: orNull(v.familyName),
    displayName: orNull(v.displayName),
    emails: v.emails.filter((e) => e.value.trim() || e.label.trim()).map((e) => ({ label: orNull(e.label), value: e.value })),
    phones: v.phones.filter((p) => p.value.trim() || p.label.trim()).map((p) => ({ label: orNull(p.label), value: p.value })),
    company: orNull(v.company),
    title: orNull(v.title),
    department: orNull(v.department),
    industry: orNull(v.industry),
    level: (v.level as CreateContactBody['level']) ?? null,
    employer: v.employer === 'unknown' ? null : v.employer,
    circle: (v.circle as CreateContactBody['circle']) ?? null,
    howWeMet: orNull(v.howWeMet),
    birthday: orNull(v.birthday),
    importantDates: v.importantDates.filter((d) => d.label.trim() || d.date.trim()).map((d) => ({ label: d.label, date: d.date.trim() })),
    tags: v.tags,
    linkedinUrl: orNull(v.linkedinUrl),
    notes: orNull(v.notes),
    starred: v.starred,
  };
}

/**
 * Client-side validation with the API's own schema, run on the body the form would send.
 * Blank list rows are dropped before sending, so their indexes are remapped onto the visible rows.
 */
export function validateContactForm(v: ContactFormValues): Record<string, string> {
  const result = createContactBody.safeParse(toContactBody(v));
  if (result.success) return {};
  return formErrors(v, result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}

/** Errors keyed by body path (client or server: 'emails.0.value') → keyed by form path. */
export function formErrors(v: ContactFormValues, issues: { path: string; message: string }[]): Record<string, string> {
  const keep: Record<string, number[]> = {
    emails: indexesKept(v.emails.map((e) => e.value.trim() || e.label.trim())),
    phones: indexesKept(v.phones.map((p) => p.value.trim() || p.label.trim())),
    importantDates: indexesKept(v.importantDates.map((d) => d.label.trim() || d.date.trim())),
  };
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.split('.').filter(Boolean);
    const kept = path[0] ? keep[path[0]] : undefined;
    if (kept && path[1] !== undefined) path[1] = String(kept[Number(path[1])] ?? path[1]);
    const key = path.join('.') || 'displayName';
    errors[key] ??= issue.message;
  }
  return errors;
}

function indexesKept(flags: unknown[]): number[] {
  return flags.flatMap((f, i) => (f ? [i] : []));
}
