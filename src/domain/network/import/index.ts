import type { ColumnMapping, ImportFormat, ParseReport } from '../contact-fields';
import { fitContactToLimits } from '../contact-limits';
import { isBlank, readCsvRecords } from './csv-records';
import type { DateOrder } from './dates';
import { parseGenericCsv, suggestMapping } from './generic';
import { parseGoogleCsv } from './google';
import { parseLinkedinCsv } from './linkedin';
import { parseVcard } from './vcard';

export type ParseImportOptions = {
  /** Only for 'csv'. Omitted: the suggested mapping (including the Outlook preset) is used. */
  mapping?: ColumnMapping;
  /** How to read ambiguous numeric dates such as 04/05/1990 in CSVs. Default 'mdy' (Outlook/Google US). */
  dateOrder?: DateOrder;
};

/**
 * Single entry point for uploads. Pure: text in, report out. Throws
 * ImportFileError when the file as a whole does not fit the chosen format
 * (wrong export picked, empty file); per-row problems are in the report.
 */
export function parseImport(format: ImportFormat, text: string, options: ParseImportOptions = {}): ParseReport {
  return fitRows(parseFormat(format, text, options));
}

function parseFormat(format: ImportFormat, text: string, options: ParseImportOptions): ParseReport {
  switch (format) {
    case 'linkedin':
      return parseLinkedinCsv(text);
    case 'vcard':
      return parseVcard(text);
    case 'google_csv':
      return parseGoogleCsv(text, { dateOrder: options.dateOrder });
    case 'csv': {
      const mapping = options.mapping ?? suggestMapping(firstHeader(text));
      return parseGenericCsv(text, mapping, { dateOrder: options.dateOrder });
    }
  }
}

/** Every row is held to the API's field limits; what had to give is a warning on that row. */
function fitRows(report: ParseReport): ParseReport {
  for (const row of report.rows) {
    const { contact, warnings } = fitContactToLimits(row.contact);
    if (warnings.length === 0) continue;
    row.contact = contact;
    row.warnings = [...(row.warnings ?? []), ...warnings];
  }
  return report;
}

function firstHeader(text: string): string[] {
  return readCsvRecords(text, { limit: 50 }).find((r) => !isBlank(r.cells))?.cells ?? [];
}

export { ImportFileError } from './csv-records';
export { parseGenericCsv, previewCsv, suggestMapping, type CsvPreview, type GenericCsvOptions } from './generic';
export { parseGoogleCsv } from './google';
export { parseLinkedinCsv } from './linkedin';
export { parseVcard } from './vcard';
export { OUTLOOK_PRESET, isOutlookHeader } from './presets';
export { readDate, type DateOrder } from './dates';
export type {
  ColumnMapping,
  ImportFormat,
  ImportedContact,
  ParseReport,
  ParsedRow,
  SkippedRow,
  TargetField,
} from '../contact-fields';
