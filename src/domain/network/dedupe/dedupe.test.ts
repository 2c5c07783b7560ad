import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactArb } from '../../../../tests/fixtures/imports/arbitraries';
import { emailKey, emptyContact, phoneKey, type ImportedContact } from '../contact-fields';
import { addToMatchIndex, buildMatchIndex, findLikelyDuplicates, findMatch, matchKeysFor, mergeContacts } from './index';
import { foldText } from './keys';
import { normalizeLabel } from '../import/draft';

const person = (displayName: string, extra: Partial<ImportedContact> = {}): ImportedContact => {
  const [givenName, ...rest] = displayName.split(' ');
  return { ...emptyContact(displayName), givenName: givenName ?? null, familyName: rest.join(' ') || null, ...extra };
};

describe('matchKeysFor / findMatch', () => {
  it('orders keys e-mail, LinkedIn, name+company and normalises each', () => {
    const keys = matchKeysFor(
      person('Tomás García', {
        emails: [{ label: null, value: ' Tomas@Acme.example ' }, { label: 'work', value: 'tomas@acme.example' }],
        linkedinUrl: 'https://de.linkedin.com/in/Tomas/',
        company: 'ACME, Inc.',
      }),
    );
    expect(keys).toEqual([
      { reason: 'email', key: 'email:tomas@acme.example' },
      { reason: 'linkedin', key: 'linkedin:https://www.linkedin.com/in/tomas' },
      { reason: 'name_company', key: 'name+company:tomas garcia|acme' },
    ]);
  });

  it('needs both name and company for the name rule', () => {
    expect(matchKeysFor(person('Ada Lovelace'))).toEqual([]);
    expect(matchKeysFor({ ...emptyContact('ada@x.example'), emails: [{ label: null, value: 'ada@x.example' }], company: 'X' }))
      .toEqual([{ reason: 'email', key: 'email:ada@x.example' }]);
  });

  it('prefers an e-mail match over LinkedIn over name+company', () => {
    const byEmail = { id: 1, ...person('A One', { emails: [{ label: null, value: 'shared@x.example' }] }) };
    const byLinkedin = { id: 2, ...person('B Two', { linkedinUrl: 'https://www.linkedin.com/in/shared' }) };
    const byName = { id: 3, ...person('Zoë Müller', { company: 'Globex' }) };
    const index = buildMatchIndex([byName, byLinkedin, byEmail]);
    const incoming = person('ZOE  MULLER', {
      company: 'globex corp.',
      linkedinUrl: 'linkedin.com/in/SHARED?trk=x',
      emails: [{ label: null, value: 'SHARED@x.example' }],
    });
    expect(findMatch(incoming, index)).toEqual({ existing: byEmail, matchedOn: 'email' });
    expect(findMatch({ ...incoming, emails: [] }, index)).toEqual({ existing: byLinkedin, matchedOn: 'linkedin' });
    expect(findMatch({ ...incoming, emails: [], linkedinUrl: null }, index)).toEqual({ existing: byName, matchedOn: 'name_company' });
    expect(findMatch({ ...incoming, emails: [], linkedinUrl: null, company: 'Initech' }, index)).toBeNull();
  });

  it('can dedupe rows inside one import as they are added', () => {
    const index = buildMatchIndex<ImportedContact>([]);
    const first = person('Ada Lovelace', { emails: [{ label: null, value: 'ada@x.example' }] });
    addToMatchIndex(index, first);
    expect(findMatch(person('Ada L', { emails: [{ label: null, value: 'ADA@x.example' }] }), index)?.existing).toBe(first);
  });
});

describe('mergeContacts', () => {
  const base = person('Priya Raman', {
    emails: [{ label: null, value: 'priya@example.com' }],
    phones: [{ label: 'mobile', value: '+44 7700 900123' }],
    company: 'Northwind',
    birthday: '--04-15',
    tags: ['Mentees'],
    notes: 'Met in Lisbon.',
  });
  const incoming = person('Priya Raman', {
    emails: [{ label: 'work', value: 'PRIYA@example.com' }, { label: 'home', value: 'p@home.example' }],
    phones: [{ label: null, value: '+447700900123' }],
    company: 'Contoso',
    title: 'Head of Product',
    birthday: '1990-04-15',
    linkedinUrl: 'https://www.linkedin.com/in/priya',
    importantDates: [{ label: 'connected on', date: '2020-10-05' }],
    tags: ['mentees', 'Product'],
  });

  it('unions lists, fills blanks, upgrades a yearless birthday and notes conflicts', () => {
    const merged = mergeContacts(base, incoming);
    expect(merged.emails).toEqual([
      { label: 'work', value: 'priya@example.com' },
      { label: 'home', value: 'p@home.example' },
    ]);
    expect(merged.phones).toEqual([{ label: 'mobile', value: '+44 7700 900123' }]);
    expect(merged.company).toBe('Northwind');
    expect(merged.title).toBe('Head of Product');
    expect(merged.birthday).toBe('1990-04-15');
    expect(merged.linkedinUrl).toBe('https://www.linkedin.com/in/priya');
    expect(merged.tags).toEqual(['Mentees', 'Product']);
    expect(merged.importantDates).toEqual([{ label: 'connected on', date: '2020-10-05' }]);
    expect(merged.notes).toBe('Met in Lisbon.\n\nAlso: company Contoso');
    expect(base.emails[0]!.label).toBeNull();
  });

  it('is idempotent: merging the same import twice adds nothing', () => {
    const once = mergeContacts(base, incoming);
    expect(mergeContacts(once, incoming)).toEqual(once);
  });

  it('gives a nameless (e-mail only) contact the incoming name', () => {
    const nameless = { ...emptyContact('ada@x.example'), emails: [{ label: null, value: 'ada@x.example' }] };
    const merged = mergeContacts(nameless, person('Ada Lovelace', { emails: [{ label: null, value: 'ada@x.example' }] }));
    expect(merged).toMatchObject({ displayName: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace', notes: null });
  });

  it('never drops data (property)', () => {
    fc.assert(
      fc.property(contactArb, contactArb, (a, b) => {
        const m = mergeContacts(a, b);
        const emails = new Set(m.emails.map((e) => emailKey(e.value)));
        for (const e of [...a.emails, ...b.emails]) expect(emails.has(emailKey(e.value))).toBe(true);
        const phones = new Set(m.phones.map((p) => phoneKey(p.value)));
        for (const p of [...a.phones, ...b.phones]) expect(phones.has(phoneKey(p.value))).toBe(true);
        const tags = new Set(m.tags.map((t) => t.toLowerCase()));
        for (const t of [...a.tags, ...b.tags]) expect(tags.has(t.toLowerCase())).toBe(true);
        for (const field of ['company', 'title', 'department', 'howWeMet'] as const) {
          const value = b[field];
          if (value && m[field]?.toLowerCase() !== value.toLowerCase()) {
            expect(m.notes).toContain(value.replace(/\s*\n\s*/g, ' '));
          }
        }
        if (b.notes) expect(m.notes).toContain(b.notes);
        expect(mergeContacts(m, b)).toEqual(m);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findLikelyDuplicates', () => {
  it('reports each pair once with its strongest reason', () => {
    const contacts = [
      person('Ada Lovelace', { emails: [{ label: null, value: 'ada@x.example' }], company: 'Analytical' }),
      person('Ada Lovelace', { emails: [{ label: null, value: 'ADA@x.example' }], company: 'Analytical' }),
      person('Robert Smith', { linkedinUrl: 'https://www.linkedin.com/in/rsmith' }),
      person('Bob Smith', { linkedinUrl: 'https://www.linkedin.com/in/rsmith/' }),
      person('Zoë Müller', { company: 'Globex' }),
      person('Zoe Muller', { company: 'GLOBEX Inc.' }),
      person('J. Doe'),
      person('John Doe'),
      person('Jane Doe'),
      person('Bill Gates', { company: 'Microsoft' }),
      person('William Gates', { company: 'Cascade' }),
      { ...emptyContact('x@y.example'), emails: [{ label: null, value: 'x@y.example' }] },
    ];
    const pairs = findLikelyDuplicates(contacts).map((p) => [p.a.displayName, p.b.displayName, p.reason]);
    expect(pairs).toEqual([
      ['Ada Lovelace', 'Ada Lovelace', 'same e-mail'],
      ['Robert Smith', 'Bob Smith', 'same LinkedIn'],
      ['Zoë Müller', 'Zoe Muller', 'same name and company'],
      ['J. Doe', 'John Doe', 'similar name'],
      ['J. Doe', 'Jane Doe', 'similar name'],
    ]);
  });
});

describe('names and labels that are Object.prototype keys', () => {
  it('are plain words: no crash, no match through the prototype', () => {
    const contacts = [person('Constructor Jones'), person('ToString Jones'), person('Constructor Jones', { company: 'Acme' })];
    const pairs = findLikelyDuplicates(contacts).map((p) => [p.a.displayName, p.b.displayName]);
    expect(pairs).toEqual([['Constructor Jones', 'Constructor Jones']]);
    expect(normalizeLabel('constructor')).toBe('constructor');
    expect(normalizeLabel('__proto__')).toBe('__proto__');
    expect(normalizeLabel('Cell')).toBe('mobile');
  });
});

describe('foldText', () => {
  const reference = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  it('gives the same answer on the ASCII shortcut as the full Unicode rule', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 });
    fc.assert(fc.property(ascii, (s) => foldText(s) === reference(s)), { numRuns: 2_000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 16 }), (s) => foldText(s) === reference(s)), { numRuns: 1_000 });
    expect(foldText("O'Brien-Smith, PhD")).toBe('o brien smith phd');
    expect(foldText('Zoë  García')).toBe('zoe garcia');
  });
});
