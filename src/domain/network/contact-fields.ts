import { z } from 'zod';

/**
 * The normalised contact shape shared by every importer, exporter and the
 * dedupe logic. Importers produce it in canonical form (see the rules on each
 * field) so that exporting and re-importing a contact is lossless and so that
 * match keys can be computed without re-normalising.
 */

/** 'YYYY-MM-DD', or yearless '--MM-DD' (birthdays stored without a year). */
export const contactDateSchema = z
  .string()
  .regex(/^(\d{4}|-)-\d{2}-\d{2}$/, 'expected YYYY-MM-DD or --MM-DD');

/** Labels are always trimmed and lower-case ('work', 'mobile', 'connected on'). */
export const labelledValueSchema = z.object({
  label: z.string().min(1).nullable(),
  value: z.string().min(1),
});

export const importantDateSchema = z.object({
  label: z.string().min(1),
  date: contactDateSchema,
});

export const importedContactSchema = z.object({
  givenName: z.string().min(1).nullable(),
  familyName: z.string().min(1).nullable(),
  /** Never empty: falls back to "given family", then the first e-mail. */
  displayName: z.string().min(1),
  /** value is trimmed with its original case; compare lower-cased. */
  emails: z.array(labelledValueSchema),
  phones: z.array(labelledValueSchema),
  company: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  department: z.string().min(1).nullable(),
  /** Canonical https://www.linkedin.com/in/<slug> (see normalizeLinkedinUrl). */
  linkedinUrl: z.string().min(1).nullable(),
  birthday: contactDateSchema.nullable(),
  importantDates: z.array(importantDateSchema),
  notes: z.string().min(1).nullable(),
  tags: z.array(z.string().min(1)),
  howWeMet: z.string().min(1).nullable(),
});

export type ImportedContact = z.infer<typeof importedContactSchema>;
export type LabelledValue = z.infer<typeof labelledValueSchema>;
export type ImportantDate = z.infer<typeof importantDateSchema>;

export const parsedRowSchema = z.object({
  rowNumber: z.number().int().positive(),
  contact: importedContactSchema,
  /** Non-fatal problems, e.g. an impossible date that was dropped. Absent when none. */
  warnings: z.array(z.string()).optional(),
});

export const skippedRowSchema = z.object({
  rowNumber: z.number().int().positive(),
  reason: z.string(),
});

export const parseReportSchema = z.object({
  rows: z.array(parsedRowSchema),
  skipped: z.array(skippedRowSchema),
  /** rows.length + skipped.length: every data record after the header, minus trailing blank lines. */
  totalRows: z.number().int().nonnegative(),
});

export type ParsedRow = z.infer<typeof parsedRowSchema>;
export type SkippedRow = z.infer<typeof skippedRowSchema>;
export type ParseReport = z.infer<typeof parseReportSchema>;

export const IMPORT_FORMATS = ['linkedin', 'vcard', 'google_csv', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where a generic CSV column goes. 'middleName' only feeds displayName; 'importantDate' uses the header as label. */
export const TARGET_FIELDS = [
  'givenName',
  'middleName',
  'familyName',
  'displayName',
  'email',
  'phone',
  'company',
  'title',
  'department',
  'linkedinUrl',
  'website',
  'birthday',
  'importantDate',
  'notes',
  'tags',
  'howWeMet',
  'ignore',
] as const;
export const targetFieldSchema = z.enum(TARGET_FIELDS);
export type TargetField = (typeof TARGET_FIELDS)[number];
export const columnMappingSchema = z.record(z.string(), targetFieldSchema);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** Skip reasons are fixed strings so the UI can group them. */
export const SKIP_REASONS = {
  blank: 'blank row',
  noNameOrEmail: 'no name or e-mail',
  unreadableCard: 'unreadable vCard',
} as const;

export function emptyContact(displayName: string): ImportedContact {
  return {
    givenName: null,
    familyName: null,
    displayName,
    emails: [],
    phones: [],
    company: null,
    title: null,
    department: null,
    linkedinUrl: null,
    birthday: null,
    importantDates: [],
    notes: null,
    tags: [],
    howWeMet: null,
  };
}

const LINKEDIN_HOST = /^([a-z0-9-]+\.)*linkedin\.com$/;
const PLAIN_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/([A-Za-z0-9_-]+)\/?$/;

/**
 * Canonical LinkedIn profile URL, or null when the input is not a personal
 * profile (company pages, posts, other sites). The slug is decoded and
 * lower-cased because LinkedIn treats vanity names case-insensitively and
 * exports mix percent-encoded and raw unicode for the same person; country
 * and mobile subdomains (de., m.) collapse to www.
 */
export function normalizeLinkedinUrl(input: string | null | undefined): string | null {
  if (!input) return null;
  // Already (nearly) canonical, as in every LinkedIn export: skip the URL parser, same answer.
  const plain = PLAIN_PROFILE_URL.exec(input);
  if (plain) return `https://www.linkedin.com/in/${plain[1]!.toLowerCase()}`;
  let raw = input.trim().replace(/\\(.)/g, '$1');
  if (!raw) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) raw = `https://${raw.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!LINKEDIN_HOST.test(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const kind = segments[0]?.toLowerCase();
  if (kind === 'in' && segments[1]) {
    return `https://www.linkedin.com/in/${decodeSlug(segments[1])}`;
  }
  // Pre-2014 public profile URLs; still present in old address books.
  if (kind === 'pub' && segments.length >= 2) {
    return `https://www.linkedin.com/pub/${segments.slice(1).map(decodeSlug).join('/')}`;
  }
  return null;
}

function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/** Loose on purpose: address books hold oddities such as 'name@localhost' that are still worth keeping. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}

export function emailKey(value: string): string {
  return value.trim().toLowerCase();
}

/** Digits plus a leading '+', so '+1 (555) 010-2000' and '+15550102000' compare equal. */
export function phoneKey(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}
