import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLinkedinCsv } from '../../../../tests/fixtures/imports/generate-linkedin';
import { ImportFileError, parseImport } from './index';

const fixture = readFileSync(new URL('../../../../tests/fixtures/imports/linkedin-connections.csv', import.meta.url), 'utf8');

describe('LinkedIn Connections.csv', () => {
  const report = parseImport('linkedin', fixture);

  it('finds the header after the Notes preamble and BOM and reports physical line numbers', () => {
    expect(report.rows.map((r) => r.rowNumber)).toEqual([5, 6, 7, 10, 11, 13]);
    expect(report.skipped).toEqual([
      { rowNumber: 8, reason: 'no name or e-mail' },
      { rowNumber: 9, reason: 'blank row' },
      { rowNumber: 12, reason: 'no name or e-mail' },
    ]);
    // Trailing blank lines are not rows.
    expect(report.totalRows).toBe(9);
  });

  it('maps columns, connected-on dates and quoted commas', () => {
    const [priya, tomas, wei, amara, jeanLuc, sam] = report.rows.map((r) => r.contact);
    expect(priya).toMatchObject({
      givenName: 'Priya',
      familyName: 'Raman',
      displayName: 'Priya Raman',
      emails: [{ label: null, value: 'priya.raman@example.com' }],
      company: 'Northwind Traders',
      title: 'Senior Product Manager',
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b1a2c3',
      importantDates: [{ label: 'connected on', date: '2020-10-05' }],
    });
    expect(tomas).toMatchObject({
      company: 'Acme, Inc.',
      title: 'Director, Engineering & Operations',
      emails: [],
      linkedinUrl: 'https://www.linkedin.com/in/tomás-garcía-lópez',
    });
    expect(wei!.linkedinUrl).toBe('https://www.linkedin.com/in/weizhang88');
    expect(wei!.importantDates).toEqual([{ label: 'connected on', date: '2019-03-03' }]);
    expect(amara!.emails[0]!.value).toBe('AMARA@Example.org');
    expect(amara!.importantDates[0]!.date).toBe('2020-02-29');
    expect(jeanLuc).toMatchObject({ familyName: "O'Brien, PhD", title: 'VP, "Special" Projects', importantDates: [] });
    expect(sam).toMatchObject({ displayName: 'Sam Lee', company: null, importantDates: [] });
  });

  it('drops an impossible date but keeps the row, with a warning', () => {
    const row = report.rows.find((r) => r.rowNumber === 11)!;
    expect(row.warnings).toEqual(['connected on "30 Feb 2021" is not a valid date; dropped']);
    expect(report.rows.find((r) => r.rowNumber === 5)!.warnings).toBeUndefined();
  });

  it('gives the same result for LF line endings and without BOM', () => {
    const lf = fixture.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(parseImport('linkedin', lf)).toEqual(report);
  });

  it('accepts an export without preamble and with reordered columns', () => {
    const text = 'Connected On,URL,First Name,Last Name,Email Address,Company,Position\n12 Jan 2021,,Ada,Lovelace,ada@example.com,,\n';
    const r = parseImport('linkedin', text);
    expect(r.rows[0]).toMatchObject({
      rowNumber: 2,
      contact: { displayName: 'Ada Lovelace', importantDates: [{ label: 'connected on', date: '2021-01-12' }] },
    });
  });

  it('rejects a file that is not a LinkedIn export', () => {
    expect(() => parseImport('linkedin', 'Name,Email\nAda,ada@example.com\n')).toThrow(ImportFileError);
    expect(() => parseImport('linkedin', '')).toThrow(ImportFileError);
  });

  // Speed is measured by tests/bench, not asserted here; this checks the large file parses whole.
  it('parses 30,000 generated connections', () => {
    const text = generateLinkedinCsv(30_000, 7);
    expect(generateLinkedinCsv(30_000, 7)).toBe(text);
    const r = parseImport('linkedin', text);
    expect(r.totalRows).toBe(30_000);
    expect(r.rows.length).toBeGreaterThan(29_000);
    expect(r.skipped.every((s) => s.reason === 'no name or e-mail' || s.reason === 'blank row')).toBe(true);
  });
});
