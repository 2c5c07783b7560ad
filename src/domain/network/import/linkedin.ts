import type { ParseReport } from '../contact-fields';
import { ImportFileError, buildReport, cellValue, headerKey, readCsvRecords } from './csv-records';
import { addEmail, addImportantDate, addUrl, newDraft } from './draft';

/**
 * LinkedIn "Connections.csv". The export starts with a 'Notes:' preamble of
 * varying length (LinkedIn has changed it several times), so the header is
 * found by its column names instead of skipping a fixed number of lines.
 * Deactivated profiles show up as rows with no name; they are skipped with
 * the usual "no name or e-mail" reason.
 */
const COLUMNS = {
  givenName: 'first name',
  familyName: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;

export function parseLinkedinCsv(text: string): ParseReport {
  const records = readCsvRecords(text, { delimiter: ',' });
  const headerIndex = records.findIndex((r) => isLinkedinHeader(r.cells));
  if (headerIndex < 0) {
    throw new ImportFileError(
      'This does not look like a LinkedIn Connections.csv: no "First Name,Last Name,…" header line was found.',
    );
  }
  const header = records[headerIndex]!.cells.map(headerKey);
  const col = (name: string): number | undefined => {
    const i = header.indexOf(name);
    return i >= 0 ? i : undefined;
  };
  const idx = {
    givenName: col(COLUMNS.givenName),
    familyName: col(COLUMNS.familyName),
    url: col(COLUMNS.url),
    email: col(COLUMNS.email) ?? col('e-mail address') ?? col('email'),
    company: col(COLUMNS.company),
    position: col(COLUMNS.position),
    connectedOn: col(COLUMNS.connectedOn),
  };

  return buildReport(records.slice(headerIndex + 1), (cells) => {
    // LinkedIn writes day-first dates ('05 Oct 2020'); dmy also covers older numeric exports.
    const draft = newDraft('dmy');
    draft.givenName = cellValue(cells, idx.givenName);
    draft.familyName = cellValue(cells, idx.familyName);
    addEmail(draft, cellValue(cells, idx.email), null);
    addUrl(draft, cellValue(cells, idx.url));
    draft.company = cellValue(cells, idx.company);
    draft.title = cellValue(cells, idx.position);
    const connectedOn = cellValue(cells, idx.connectedOn);
    if (connectedOn) addImportantDate(draft, 'connected on', connectedOn);
    return draft;
  });
}

function isLinkedinHeader(cells: readonly string[]): boolean {
  const keys = new Set(cells.map(headerKey));
  return keys.has(COLUMNS.givenName) && keys.has(COLUMNS.familyName) && (keys.has(COLUMNS.url) || keys.has(COLUMNS.connectedOn));
}
