import Papa from 'papaparse';
import type { ImportedContact } from '../contact-fields';

/**
 * One row per contact with a fixed header. Multi-valued fields are joined
 * with ' ::: ' (Google's convention); important dates are 'label: date'
 * ('label : date' when the label ends with a colon, see `dateEntry`).
 * The header names are chosen so that parseImport('csv', …) maps every
 * column back automatically. E-mail/phone labels are not exported here
 * (the vCard export keeps them).
 */
export const CSV_EXPORT_HEADER = [
  'Display Name',
  'First Name',
  'Last Name',
  'E-mails',
  'Phones',
  'Company',
  'Job Title',
  'Department',
  'LinkedIn URL',
  'Birthday',
  'Important Dates',
  'Notes',
  'Tags',
  'How We Met',
] as const;

const MULTI = ' ::: ';

/**
 * Cells starting with = @ + - are formulas to Excel/Sheets (CSV injection);
 * papaparse prefixes them with an apostrophe. Phone numbers like
 * '+44 20 7946 0958' are spared so they stay usable; our importer strips the
 * apostrophe again.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s().\-/]*$))/;

export function contactsToCsv(contacts: readonly ImportedContact[]): string {
  const rows = contacts.map((c) => [
    c.displayName,
    c.givenName ?? '',
    c.familyName ?? '',
    c.emails.map((e) => e.value).join(MULTI),
    c.phones.map((p) => p.value).join(MULTI),
    c.company ?? '',
    c.title ?? '',
    c.department ?? '',
    c.linkedinUrl ?? '',
    c.birthday ?? '',
    c.importantDates.map(dateEntry).join(MULTI),
    c.notes ?? '',
    c.tags.join(MULTI),
    c.howWeMet ?? '',
  ]);
  return Papa.unparse(
    { fields: [...CSV_EXPORT_HEADER], data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA },
  );
}

/**
 * 'label: date'. A label ending with ':' gets a space before the separating colon: 'a::' and
 * ': ' would otherwise run into ':::', which the importer (like Google's) reads as a list
 * separator, so the date came back under the column's name.
 */
function dateEntry(d: { label: string; date: string }): string {
  return `${d.label}${d.label.endsWith(':') ? ' ' : ''}: ${d.date}`;
}
