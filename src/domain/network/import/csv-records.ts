import Papa from 'papaparse';
import { SKIP_REASONS, type ParseReport, type ParsedRow, type SkippedRow } from '../contact-fields';
import { finishDraft, type ContactDraft } from './draft';

/** A CSV record with the physical line it starts on (1-based, counting every line of the file). */
export type CsvRecord = { line: number; cells: string[]; problem?: string };

/** Thrown when the file as a whole cannot be read as the requested format. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export type ReadCsvOptions = {
  /** Omit to let papaparse detect ',', ';' or tab (European Excel writes ';'). */
  delimiter?: string;
  /** Stop after this many records (wizard preview). */
  limit?: number;
};

/**
 * Parses CSV text into records tagged with line numbers. Line endings are
 * normalised first so that a mix of CRLF and LF (files edited on two systems)
 * neither confuses papaparse's newline guess nor the line count. Trailing
 * blank records are dropped: editors leave them and they are not rows to report.
 */
export function readCsvRecords(text: string, options: ReadCsvOptions = {}): CsvRecord[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let scanned = 0;
  let line = 1;
  let rowStart = 0;
  Papa.parse<string[]>(normalised, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', ';', '\t', '|'],
    newline: '\n',
    skipEmptyLines: false,
    step: (result, parser) => {
      // Count newlines only between the previous record and this one: linear overall.
      for (let i = scanned; i < rowStart; i++) if (normalised.charCodeAt(i) === 10) line++;
      scanned = rowStart;
      const record: CsvRecord = { line, cells: result.data };
      // papaparse still returns its best guess for a row with broken quoting; keep it but say so.
      if (result.errors.length > 0) record.problem = `CSV quoting problem: ${result.errors[0]!.message}`;
      records.push(record);
      // meta.cursor points just past the record's line break, i.e. at the next record.
      rowStart = result.meta.cursor;
      if (options.limit !== undefined && records.length >= options.limit) parser.abort();
    },
  });
  while (records.length > 0 && isBlank(records[records.length - 1]!.cells)) records.pop();
  return records;
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Case/space-insensitive header spelling used for matching known column names. */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Runs a row converter over the data records and assembles the report.
 * Blank rows in the middle of the data are reported (they usually mean a
 * deleted or deactivated entry), trailing ones were already dropped.
 */
export function buildReport(records: readonly CsvRecord[], toDraft: (cells: string[]) => ContactDraft): ParseReport {
  const rows: ParsedRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of records) {
    if (isBlank(record.cells)) {
      skipped.push({ rowNumber: record.line, reason: SKIP_REASONS.blank });
      continue;
    }
    const finished = finishDraft(toDraft(record.cells));
    if (!finished.ok) {
      skipped.push({ rowNumber: record.line, reason: finished.reason });
      continue;
    }
    const row: ParsedRow = { rowNumber: record.line, contact: finished.contact };
    const warnings = record.problem ? [record.problem, ...finished.warnings] : finished.warnings;
    if (warnings.length > 0) row.warnings = warnings;
    rows.push(row);
  }
  return { rows, skipped, totalRows: records.length };
}

/** Spreadsheet exports (ours included) defuse formulas with a leading apostrophe; undo that on the way in. */
export function cellValue(cells: readonly string[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const raw = cells[index];
  if (raw === undefined) return null;
  return /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
}
