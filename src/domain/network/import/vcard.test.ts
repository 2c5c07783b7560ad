import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from './index';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../../tests/fixtures/imports/${name}`, import.meta.url), 'utf8');

describe('vCard 3.0 (Apple-style)', () => {
  const report = parseImport('vcard', fixture('contacts-v3.vcf'));
  const byName = (name: string) => report.rows.find((r) => r.contact.displayName === name)!;

  it('numbers cards by ordinal and skips the nameless one', () => {
    expect(report.totalRows).toBe(5);
    expect(report.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 5]);
    expect(report.skipped).toEqual([{ rowNumber: 4, reason: 'no name or e-mail' }]);
  });

  it('reads N/FN/ORG with department, itemN labels, types, folded notes and categories', () => {
    const priya = byName('Priya Raman').contact;
    expect(priya).toMatchObject({
      givenName: 'Priya',
      familyName: 'Raman',
      company: 'Northwind Traders',
      department: 'Product',
      title: 'Senior Product Manager',
      emails: [
        { label: 'work', value: 'priya.raman@example.com' },
        { label: 'home', value: 'priya@home.example' },
      ],
      phones: [
        { label: 'mobile', value: '+44 7700 900123' },
        { label: 'studio', value: '+44 20 7946 0958' },
      ],
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b1a2c3',
      birthday: '--04-15',
      tags: ['Mentees', 'Product'],
    });
    expect(priya.notes).toBe(
      'Met at the Lisbon product summit, introduced by Wei.\nWants help with hiring plans; follow up in Q3.',
    );
    expect(JSON.stringify(priya)).not.toContain('9j/4AAQ');
  });

  it('handles yearless birthdays in both spellings and X-ABDATE / anniversary labels', () => {
    const tomas = byName('Tomás García López').contact;
    expect(tomas.birthday).toBe('--07-04');
    expect(tomas.company).toBe('Acme, Inc.');
    expect(tomas.title).toBe('Director, Engineering & Operations');
    expect(tomas.linkedinUrl).toBe('https://www.linkedin.com/in/tomás-garcía-lópez');
    expect(tomas.importantDates).toEqual([
      { label: 'anniversary', date: '2015-06-20' },
      { label: 'first mentoring session', date: '2019-09-01' },
    ]);
    expect(byName('Wei Zhang').contact.birthday).toBe('--04-15');
    expect(byName('Wei Zhang').contact.notes).toMatch(/^Very long note line .* seventy-five octets\.$/);
  });

  it('drops an impossible birthday with a warning', () => {
    const amara = byName('Dr. Amara Okafor');
    expect(amara.contact.birthday).toBeNull();
    expect(amara.warnings).toEqual(['birthday "1988-02-30" is not a valid date; dropped']);
  });
});

describe('vCard 4.0', () => {
  const report = parseImport('vcard', fixture('contacts-v4.vcf'));

  it('reads typed values, tel: URIs, escapes, ANNIVERSARY and the Trellis extension', () => {
    const jl = report.rows[0]!.contact;
    expect(jl).toMatchObject({
      displayName: "Jean-Luc O'Brien",
      company: 'Initech',
      department: 'Special Projects, Skunkworks',
      title: 'VP, Special Projects',
      emails: [
        { label: 'work', value: 'jl.obrien@initech.example' },
        { label: 'home', value: 'JL@Example.COM' },
      ],
      phones: [
        { label: 'mobile', value: '+1-555-010-2000' },
        { label: 'work', value: '+1 555 010 3000' },
      ],
      linkedinUrl: 'https://www.linkedin.com/in/jlobrien',
      birthday: '--02-29',
      importantDates: [{ label: 'anniversary', date: '2010-06-12' }],
      tags: ['Mentors', 'Board, advisory'],
      howWeMet: 'Intro from Priya at the 2019 offsite',
    });
    expect(jl.notes).toBe(
      'Prefers Signal; never call before 10am.\nBackslash test: C:\\Temp\nWebsite: https://obrien.example/blog',
    );
    expect(report.rows[1]!.contact).toMatchObject({
      displayName: 'Zoë Müller-Lüdenscheidt',
      birthday: '1990-01-15',
      phones: [{ label: 'mobile', value: '+49 30 1234, ext. 5' }],
    });
  });

  it('keeps an e-mail-only card and skips an unreadable one without losing the rest', () => {
    expect(report.rows[2]!.contact).toMatchObject({ displayName: 'only.email@example.com', givenName: null });
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.rowNumber).toBe(4);
    expect(report.skipped[0]!.reason).toMatch(/^unreadable vCard: /);
    expect(report.totalRows).toBe(4);
  });
});

describe('vCard quirks', () => {
  it('reads vCard 3 and 4 cards mixed in one file (ical.js keeps the first design set otherwise)', () => {
    const text = [
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Three', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Four', 'ANNIVERSARY:--0612', 'END:VCARD',
    ].join('\n');
    const r = parseImport('vcard', text);
    expect(r.rows[1]!.contact.importantDates).toEqual([{ label: 'anniversary', date: '--06-12' }]);
  });

  it('decodes vCard 2.1 quoted-printable values and bare type parameters', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=C3=BCller',
      'TEL;CELL;PREF:+49 170 1234567',
      'EMAIL;INTERNET;WORK:joerg@example.de',
      'NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line is long enough to need a soft =',
      'break',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ',
      'AAASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAA',
      '',
      'END:VCARD',
    ].join('\r\n');
    const r = parseImport('vcard', text);
    expect(r.skipped).toEqual([]);
    expect(r.rows[0]!.contact).toMatchObject({
      displayName: 'Jörg Müller',
      givenName: 'Jörg',
      familyName: 'Müller',
      phones: [{ label: 'mobile', value: '+49 170 1234567' }],
      emails: [{ label: 'work', value: 'joerg@example.de' }],
      notes: 'First line\nSecond line is long enough to need a soft break',
    });
    expect(r.rows[0]!.warnings).toEqual(['ignored an unreadable line']);
  });

  it('tolerates LF endings, tab folding, lower-case keywords and a missing END', () => {
    const text = 'begin:vcard\nversion:3.0\nfn:Ada\n\tLovelace\nemail:ada@example.com\n';
    const r = parseImport('vcard', text);
    expect(r.rows[0]!.contact).toMatchObject({ displayName: 'AdaLovelace', emails: [{ value: 'ada@example.com' }] });
  });

  it('returns an empty report for a file without cards', () => {
    expect(parseImport('vcard', '')).toEqual({ rows: [], skipped: [], totalRows: 0 });
  });
});
