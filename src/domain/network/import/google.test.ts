import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFileError, parseImport } from './index';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url), 'utf8');

describe('Google Contacts CSV (current header style)', () => {
  const report = parseImport('google_csv', fixture('google-contacts.csv'));

  it('counts physical lines, including multi-line notes, and skips blank / nameless rows', () => {
    expect(report.rows.map((r) => r.rowNumber)).toEqual([2, 4, 6, 8]);
    expect(report.skipped).toEqual([
      { rowNumber: 5, reason: 'blank row' },
      { rowNumber: 7, reason: 'no name or e-mail' },
    ]);
    expect(report.totalRows).toBe(6);
  });

  it('expands ::: multi-values and e-mail/phone groups with labels', () => {
    const priya = report.rows[0]!.contact;
    expect(priya).toMatchObject({
      displayName: 'Priya Raman',
      company: 'Northwind Traders',
      title: 'Senior Product Manager',
      department: 'Product',
      birthday: '--04-15',
      emails: [
        { label: 'work', value: 'priya.raman@example.com' },
        { label: 'work', value: 'p.raman@northwind.example' },
        { label: 'home', value: 'priya@home.example' },
      ],
      phones: [{ label: 'mobile', value: '+44 7700 900123' }],
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b1a2c3',
      importantDates: [{ label: 'anniversary', date: '2016-05-21' }],
      notes: 'Met at Lisbon summit.\nFollow up on hiring, Q3.',
      tags: ['Mentees'],
    });
    const tomas = report.rows[1]!.contact;
    expect(tomas.displayName).toBe('Tomás Andrés García López');
    expect(tomas.phones.map((p) => p.value)).toEqual(['+34 91 123 45 67', '+34 600 000 000']);
    expect(tomas.tags).toEqual(['Mentors', 'Spain, Madrid']);
    expect(tomas.notes).toBe('Website: https://acme.example/team/tomas');
  });

  it('keeps an e-mail-only row, drops system labels and warns on an impossible birthday', () => {
    expect(report.rows[2]!.contact).toMatchObject({ displayName: 'just.an.email@example.com', tags: [] });
    const wei = report.rows[3]!;
    expect(wei.contact.tags).toEqual(['Friends']);
    expect(wei.contact.linkedinUrl).toBe('https://www.linkedin.com/in/weizhang88');
    expect(wei.warnings).toEqual(['birthday "1990-02-30" is not a valid date; dropped']);
  });
});

describe('Google Contacts CSV (legacy header style)', () => {
  const report = parseImport('google_csv', fixture('google-contacts-legacy.csv'));

  it('reads Given/Family Name, Group Membership, "- Type" labels and Organization 1 columns', () => {
    expect(report.totalRows).toBe(2);
    expect(report.rows[0]!.contact).toMatchObject({
      displayName: 'Amara Okafor',
      birthday: '--11-02',
      tags: ['Board'],
      emails: [
        { label: 'work', value: 'amara@example.org' },
        { label: 'other', value: 'amara.okafor@example.com' },
      ],
      company: 'Globex Corporation',
      title: 'Head of People',
      department: 'HR',
      linkedinUrl: 'https://www.linkedin.com/in/amara-okafor',
    });
    expect(report.rows[1]!.contact.notes).toBe('Line one, with comma\nLine "two"');
  });

  it('rejects a CSV without Google columns', () => {
    expect(() => parseImport('google_csv', 'First Name,Last Name,URL\nA,B,C\n')).toThrow(ImportFileError);
  });

  it('treats a column named like an Object.prototype member as unknown', () => {
    const report = parseImport('google_csv', 'Name,constructor,toString,E-mail 1 - Value\nAda Lovelace,x,y,ada@x.example\n');
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]!.contact).toMatchObject({ displayName: 'Ada Lovelace', emails: [{ value: 'ada@x.example' }] });
  });
});
