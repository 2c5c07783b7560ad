import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactArb } from '../../../../tests/fixtures/imports/arbitraries';
import { emptyContact, type ImportedContact } from '../contact-fields';
import { parseImport } from '../import';
import { CSV_EXPORT_HEADER, contactsToCsv, contactsToVcard, foldLine } from './index';

const octets = (s: string): number => new TextEncoder().encode(s).length;

function sample(): ImportedContact {
  return {
    ...emptyContact('Jean-Luc O\'Brien, PhD'),
    givenName: 'Jean-Luc',
    familyName: "O'Brien; PhD",
    emails: [
      { label: 'work', value: 'jl@initech.example' },
      { label: 'slack, alias', value: 'JL@Example.com' },
    ],
    phones: [{ label: 'mobile', value: '+1 555 010 2000' }, { label: null, value: '0800, ext 5' }],
    company: 'Acme, Inc.',
    department: 'R&D; Skunkworks',
    title: 'VP\\Director',
    linkedinUrl: 'https://www.linkedin.com/in/jörg-müller',
    birthday: '--04-15',
    importantDates: [
      { label: 'connected on', date: '2020-10-05' },
      { label: 'anniversary', date: '2010-06-12' },
    ],
    notes: `Line one, with comma; and semicolon\nLine two \\ backslash ${'long '.repeat(30)}Zoë 😀`,
    tags: ['Mentors', 'Board, advisory'],
    howWeMet: 'Intro via Priya',
  };
}

describe('contactsToVcard', () => {
  const vcf = contactsToVcard([sample()]);

  it('writes vCard 4.0 with CRLF endings and the expected properties', () => {
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = vcf.replace(/\r\n /g, '');
    expect(unfolded).toContain("FN:Jean-Luc O'Brien\\, PhD\r\n");
    expect(unfolded).toContain("N:O'Brien\\; PhD;Jean-Luc;;;\r\n");
    expect(unfolded).toContain('ORG:Acme\\, Inc.;R&D\\; Skunkworks\r\n');
    expect(unfolded).toContain('TITLE:VP\\\\Director\r\n');
    expect(unfolded).toContain('EMAIL;TYPE=work:jl@initech.example\r\n');
    expect(unfolded).toContain('item1.EMAIL:JL@Example.com\r\nitem1.X-ABLabel:slack\\, alias\r\n');
    expect(unfolded).toContain('TEL;VALUE=text;TYPE=cell:+1 555 010 2000\r\n');
    expect(unfolded).toContain('TEL;VALUE=text:0800\\, ext 5\r\n');
    expect(unfolded).toContain('URL:https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller\r\n');
    expect(unfolded).toContain('BDAY:--0415\r\n');
    expect(unfolded).toContain('ANNIVERSARY:20100612\r\n');
    expect(unfolded).toContain('item2.X-ABDATE:2020-10-05\r\nitem2.X-ABLabel:connected on\r\n');
    expect(unfolded).toContain('CATEGORIES:Mentors,Board\\, advisory\r\n');
    expect(unfolded).toContain('NOTE:Line one\\, with comma\\; and semicolon\\nLine two \\\\ backslash');
    expect(unfolded).toContain('X-TRELLIS-HOW-WE-MET:Intro via Priya\r\n');
  });

  it('folds every physical line to at most 75 octets without splitting characters', () => {
    for (const line of vcf.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(vcf.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    const long = `NOTE:${'é😀x'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('round-trips the sample through the vCard importer', () => {
    const report = parseImport('vcard', vcf);
    expect(report.skipped).toEqual([]);
    expect(report.rows[0]!.contact).toEqual(sample());
  });

  it('round-trips arbitrary canonical contacts (unicode, commas, semicolons, newlines)', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 1, maxLength: 4 }), (contacts) => {
        const text = contactsToVcard(contacts);
        for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const report = parseImport('vcard', text);
        expect(report.skipped).toEqual([]);
        expect(report.rows.map((r) => r.contact)).toEqual(contacts);
        expect(report.rows.every((r) => r.warnings === undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('contactsToCsv', () => {
  it('writes a stable header and one properly quoted row per contact', () => {
    const csv = contactsToCsv([sample(), emptyContact('Only Name')]);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[0]).toEqual([...CSV_EXPORT_HEADER]);
    expect(parsed).toHaveLength(3);
    const row = Object.fromEntries(CSV_EXPORT_HEADER.map((h, i) => [h, parsed[1]![i]]));
    expect(row['E-mails']).toBe('jl@initech.example ::: JL@Example.com');
    expect(row['Company']).toBe('Acme, Inc.');
    expect(row['Important Dates']).toBe('connected on: 2020-10-05 ::: anniversary: 2010-06-12');
    expect(row['Tags']).toBe('Mentors ::: Board, advisory');
    expect(row['Notes']).toContain('\n');
    expect(parsed[2]![0]).toBe('Only Name');
    expect(csv).toContain('\r\n');
  });

  it('defuses spreadsheet formulas but leaves phone numbers alone', () => {
    const contact = { ...emptyContact('=HYPERLINK("http://evil")'), phones: [{ label: null, value: '+44 20 7946 0958' }], notes: '-1+2' };
    const row = Papa.parse<string[]>(contactsToCsv([contact])).data[1]!;
    expect(row[0]).toBe('\'=HYPERLINK("http://evil")');
    expect(row[4]).toBe('+44 20 7946 0958');
    expect(row[11]).toBe("'-1+2");
    expect(parseImport('csv', contactsToCsv([contact])).rows[0]!.contact.displayName).toBe('=HYPERLINK("http://evil")');
  });

  it('keeps an important date whose label ends with colons under that label', () => {
    // 'a::' + ': ' once made 'a::: 2001-02-03', read back as a list: the label was lost.
    const contact = { ...emptyContact('Colons'), importantDates: [{ label: '::', date: '--01-01' }, { label: 'met at: work:', date: '2001-02-03' }] };
    expect(parseImport('csv', contactsToCsv([contact])).rows[0]!.contact.importantDates).toEqual(contact.importantDates);
  });

  it('round-trips through the generic CSV importer with the suggested mapping (labels aside)', () => {
    const simple = fc.record({
      contact: contactArb,
    }).map(({ contact }) => ({
      ...contact,
      emails: contact.emails.map((e) => ({ ...e, label: null })),
      phones: contact.phones.map((p) => ({ ...p, label: null })),
      // A single tag with ',' or ';' is indistinguishable from a list in a plain CSV cell.
      tags: contact.tags.filter((t) => !/[;,]|:::/.test(t)),
      importantDates: contact.importantDates.filter((d) => !/:::/.test(d.label) && !/^\d/.test(d.label)),
    }));
    fc.assert(
      fc.property(fc.array(simple, { minLength: 1, maxLength: 4 }), (contacts) => {
        const report = parseImport('csv', contactsToCsv(contacts));
        expect(report.skipped).toEqual([]);
        expect(report.rows.map((r) => r.contact)).toEqual(contacts);
      }),
      { numRuns: 200 },
    );
  });
});
