import type { ColumnMapping, ParseReport, TargetField } from '../contact-fields';
import { ImportFileError, buildReport, cellValue, headerKey, isBlank, readCsvRecords } from './csv-records';
import type { DateOrder } from './dates';
import {
  addEmail,
  addImportantDate,
  addNote,
  addPhone,
  addTag,
  addUrl,
  newDraft,
  setBirthday,
  splitMulti,
  type ContactDraft,
} from './draft';
import { OUTLOOK_PRESET, isOutlookHeader } from './presets';

export type GenericCsvOptions = { dateOrder?: DateOrder };

/**
 * Any CSV plus a header → field mapping chosen in the import wizard. Headers
 * are matched exactly first, then case/whitespace-insensitively, so a mapping
 * built from previewCsv() always applies. Several columns may share a target
 * (e.g. three e-mail columns); e-mail/phone labels come from the header text.
 */
export function parseGenericCsv(text: string, mapping: ColumnMapping, options: GenericCsvOptions = {}): ParseReport {
  const records = readCsvRecords(text);
  const headerAt = records.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) throw new ImportFileError('The file is empty.');
  const headers = records[headerAt]!.cells;
  const columns = resolveMapping(headers, mapping);
  if (!columns.some((c) => c.target !== 'ignore')) {
    throw new ImportFileError('No column is mapped to a contact field.');
  }
  return buildReport(records.slice(headerAt + 1), (cells) => {
    const draft = newDraft(options.dateOrder ?? 'mdy');
    for (const column of columns) applyCell(draft, column, cellValue(cells, column.index));
    return draft;
  });
}

type Column = { index: number; header: string; target: TargetField; label: string | null };

function resolveMapping(headers: readonly string[], mapping: ColumnMapping): Column[] {
  const byKey = new Map(Object.entries(mapping).map(([h, t]) => [headerKey(h), t]));
  return headers.map((header, index) => {
    const target = mapping[header] ?? byKey.get(headerKey(header)) ?? 'ignore';
    return { index, header: header.trim(), target, label: labelFromHeader(header) };
  });
}

/** 'Business Phone' → 'work', 'Mobile Phone' → 'mobile'; plain 'Email' carries no label. */
function labelFromHeader(header: string): string | null {
  const key = headerKey(header);
  if (/\b(business|work|office)\b/.test(key)) return 'work';
  if (/\b(mobile|cell)\b/.test(key)) return 'mobile';
  if (/\b(home|personal|private)\b/.test(key)) return 'home';
  if (/\bfax\b/.test(key)) return 'fax';
  return null;
}

/** ' ::: ' (Google, our export) wins when present, so a tag such as 'Board, advisory' survives a round trip. */
function splitList(value: string): string[] {
  return value.includes(':::') ? splitMulti(value) : value.split(/\s*[;,]\s*/);
}

function applyCell(draft: ContactDraft, column: Column, value: string | null): void {
  if (!value?.trim()) return;
  switch (column.target) {
    case 'ignore':
      return;
    case 'givenName':
    case 'middleName':
    case 'familyName':
    case 'displayName':
    case 'company':
    case 'title':
    case 'department':
    case 'howWeMet':
      draft[column.target] ??= value;
      return;
    case 'email':
      for (const v of splitList(value)) addEmail(draft, v, column.label);
      return;
    case 'phone':
      for (const v of splitMulti(value)) addPhone(draft, v, column.label);
      return;
    case 'linkedinUrl':
    case 'website':
      for (const v of splitMulti(value)) addUrl(draft, v);
      return;
    case 'birthday':
      setBirthday(draft, value);
      return;
    case 'importantDate':
      for (const v of splitMulti(value)) {
        // Our own CSV export writes 'label: date'; a bare date takes the column header as label.
        const m = /^(.+?):\s*(\S+)$/.exec(v);
        if (m && !/^\d/.test(m[1]!)) addImportantDate(draft, m[1]!, m[2]!);
        else addImportantDate(draft, column.header, v);
      }
      return;
    case 'notes':
      addNote(draft, value);
      return;
    case 'tags':
      for (const tag of splitList(value)) addTag(draft, tag);
      return;
  }
}

export type CsvPreview = { headers: string[]; rows: string[][]; suggestedMapping: ColumnMapping };

/** First rows of any CSV plus a suggested mapping, for the import wizard. Blank lines are not shown. */
export function previewCsv(text: string, maxRows = 10): CsvPreview {
  const records = readCsvRecords(text, { limit: maxRows + 50 }).filter((r) => !isBlank(r.cells));
  const headers = records[0]?.cells ?? [];
  return {
    headers,
    rows: records.slice(1, maxRows + 1).map((r) => r.cells),
    suggestedMapping: suggestMapping(headers),
  };
}

const SYNONYMS: [TargetField, string[]][] = [
  ['givenName', ['first name', 'firstname', 'given name', 'forename', 'first']],
  ['middleName', ['middle name', 'additional name', 'middle']],
  ['familyName', ['last name', 'lastname', 'surname', 'family name', 'last']],
  ['displayName', ['name', 'full name', 'fullname', 'display name', 'contact name', 'contact']],
  ['email', ['email', 'e-mail', 'mail', 'email address', 'e-mail address', 'emails', 'e-mails']],
  ['phone', ['phone', 'telephone', 'tel', 'mobile', 'cell', 'phone number', 'mobile phone', 'phones']],
  ['company', ['company', 'organization', 'organisation', 'employer', 'org', 'company name', 'organization name']],
  ['title', ['title', 'job title', 'position', 'role', 'job', 'occupation']],
  ['department', ['department', 'dept', 'team']],
  ['linkedinUrl', ['linkedin', 'linkedin url', 'linkedin profile', 'profile url', 'url']],
  ['website', ['website', 'web page', 'web site', 'homepage']],
  ['birthday', ['birthday', 'birth date', 'birthdate', 'date of birth', 'dob', 'bday']],
  ['importantDate', ['connected on', 'anniversary', 'important dates', 'dates']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'description']],
  ['tags', ['tags', 'tag', 'labels', 'categories', 'groups', 'group membership', 'lists']],
  ['howWeMet', ['how we met', 'how met', 'met at', 'met through', 'source', 'context']],
];
const EXACT = new Map<string, TargetField>(SYNONYMS.flatMap(([t, names]) => names.map((n) => [n, t] as const)));

/**
 * Mapping suggestion by header name. A recognised preset (Outlook) wins
 * outright because its headers are ambiguous on their own: Outlook's 'Title'
 * is the honorific, not the job title.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  if (isOutlookHeader(headers)) {
    return Object.fromEntries(headers.map((h) => [h, OUTLOOK_PRESET[headerKey(h)] ?? 'ignore']));
  }
  return Object.fromEntries(headers.map((h) => [h, guessTarget(h)]));
}

function guessTarget(header: string): TargetField {
  const key = headerKey(header).replace(/[_.]+/g, ' ').replace(/\s+/g, ' ');
  const exact = EXACT.get(key) ?? EXACT.get(key.replace(/[\s-]/g, ''));
  if (exact) return exact;
  if (key.includes('linkedin')) return 'linkedinUrl';
  // 'E-mail 2 Address', 'Email 1 - Value', 'Work email'
  if (/\be-?mail\b/.test(key) && !/\b(type|label|display)\b/.test(key)) return 'email';
  if (/\b(phone|mobile|cell|tel)\b/.test(key) && !/\b(type|label)\b/.test(key)) return 'phone';
  return 'ignore';
}
