import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFileError, parseGenericCsv, parseImport, previewCsv, suggestMapping } from './index';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url), 'utf8');

describe('Outlook CSV through the generic path', () => {
  const text = fixture('outlook-contacts.csv');

  it('is recognised by its headers and mapped with the preset', () => {
    const mapping = suggestMapping(previewCsv(text).headers);
    expect(mapping).toMatchObject({
      Title: 'ignore',
      'Job Title': 'title',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'E-mail Display Name': 'ignore',
      'Business Phone': 'phone',
      Categories: 'tags',
      Anniversary: 'importantDate',
      'Business Street': 'ignore',
    });
  });

  it('imports contacts with phone labels from the headers and US dates', () => {
    const report = parseImport('csv', text);
    expect(report.totalRows).toBe(4);
    expect(report.skipped).toEqual([{ rowNumber: 5, reason: 'no name or e-mail' }]);
    const [amara, lars, sam] = report.rows;
    expect(amara!.rowNumber).toBe(2);
    expect(amara!.contact).toMatchObject({
      displayName: 'Amara Okafor',
      title: 'Head of People',
      department: 'HR',
      emails: [
        { label: null, value: 'amara@example.org' },
        { label: null, value: 'amara.okafor@example.com' },
      ],
      phones: [
        { label: 'work', value: '+1 (555) 010-2000' },
        { label: 'mobile', value: '+1 555 010 9999' },
      ],
      birthday: '1985-11-02',
      importantDates: [],
      tags: ['Board', 'Mentors'],
      linkedinUrl: 'https://www.linkedin.com/in/amara-okafor',
    });
    // The multi-line street address pushes the next record down a line.
    expect(lars!.rowNumber).toBe(4);
    expect(lars!.contact).toMatchObject({ birthday: null, importantDates: [{ label: 'anniversary', date: '2010-06-12' }] });
    expect(sam!.contact.birthday).toBe('1990-12-31');
    expect(sam!.warnings).toEqual(['"not-an-email" is not an e-mail address; dropped']);
  });
});

describe('generic CSV', () => {
  const text = fixture('generic.csv');

  it('previews a semicolon-separated file and suggests mappings from synonyms', () => {
    const preview = previewCsv(text, 2);
    expect(preview.headers[0]).toBe('Full Name');
    expect(preview.rows).toHaveLength(2);
    expect(preview.rows[0]![9]).toBe('Multi-line\ncomment with "quotes"');
    expect(preview.suggestedMapping).toEqual({
      'Full Name': 'displayName',
      'E-mail': 'email',
      Mobile: 'phone',
      Employer: 'company',
      Role: 'title',
      LinkedIn: 'linkedinUrl',
      'Birth date': 'birthday',
      Tags: 'tags',
      'How we met': 'howWeMet',
      Comments: 'notes',
    });
  });

  it('imports with a mapping, splitting tag lists and reading day-first dotted dates', () => {
    const report = parseImport('csv', text);
    expect(report.rows.map((r) => r.rowNumber)).toEqual([2, 4, 6]);
    expect(report.skipped).toEqual([
      { rowNumber: 5, reason: 'blank row' },
      { rowNumber: 7, reason: 'no name or e-mail' },
    ]);
    expect(report.rows[0]!.contact).toMatchObject({
      displayName: 'Ada Lovelace',
      givenName: null,
      title: 'Lead; Mathematics',
      phones: [{ label: 'mobile', value: '+44 20 0000 0001' }],
      birthday: '1815-12-10',
      tags: ['Mentors', 'History'],
      howWeMet: 'Babbage dinner party',
    });
    expect(report.rows[1]!.contact.displayName).toBe('grace@navy.example');
  });

  it('applies a hand-made mapping case-insensitively and ignores unmapped columns', () => {
    const csv = 'FIRST,last,Work Email,Secret\nAda,Lovelace,ada@example.com,xyz\n';
    const report = parseGenericCsv(csv, { first: 'givenName', LAST: 'familyName', 'work email': 'email' });
    expect(report.rows[0]!.contact).toMatchObject({
      displayName: 'Ada Lovelace',
      emails: [{ label: 'work', value: 'ada@example.com' }],
      notes: null,
    });
  });

  it('flags rows whose quoting papaparse had to guess', () => {
    const report = parseImport('csv', 'Name,Email\nAda,"ada@x.example\n');
    expect(report.rows[0]!.warnings?.[0]).toMatch(/^CSV quoting problem/);
  });

  it('rejects an empty file or a mapping that maps nothing', () => {
    expect(() => parseGenericCsv('', { Name: 'displayName' })).toThrow(ImportFileError);
    expect(() => parseGenericCsv('Name\nAda\n', { Name: 'ignore' })).toThrow(ImportFileError);
  });
});
