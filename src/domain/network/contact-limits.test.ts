import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactArb } from '../../../tests/fixtures/imports/arbitraries';
import { CONTACT_LIMITS, createContactBody } from './api';
import { emptyContact, type ImportedContact } from './contact-fields';
import { fitContactToLimits } from './contact-limits';

/** Blows some fields of a canonical contact past the API's limits. */
const oversized: fc.Arbitrary<ImportedContact> = fc
  .tuple(contactArb, fc.nat({ max: 40 }), fc.nat({ max: 70 }), fc.integer({ min: 1, max: 400 }), fc.boolean())
  .map(([c, emails, tags, repeat, astral]) => {
    const long = (s: string | null) => (s === null ? null : `${s} ${(astral ? '😀x' : 'word ').repeat(repeat)}`.trim());
    return {
      ...c,
      displayName: long(c.displayName)!,
      company: long(c.company),
      title: long(c.title),
      notes: c.notes === null ? null : c.notes.repeat(Math.ceil(repeat / 4) * 60),
      emails: [...c.emails, ...Array.from({ length: emails }, (_, i) => ({ label: i % 3 ? null : 'l'.repeat(repeat), value: `p${i}@example.test` }))],
      tags: [...c.tags, ...Array.from({ length: tags }, (_, i) => `tag ${i} ${'t'.repeat(repeat % 80)}`.trim())],
    };
  });

describe('fitContactToLimits', () => {
  it('always yields a contact the API accepts as it is', () => {
    fc.assert(
      fc.property(fc.oneof(contactArb, oversized), (input) => {
        const { contact } = fitContactToLimits(input);
        const parsed = createContactBody.safeParse(contact);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
        // Nothing the API would still change (trimming, '' → null): what is stored is what it would store.
        for (const k of ['displayName', 'givenName', 'familyName', 'company', 'title', 'notes', 'howWeMet'] as const) {
          expect(parsed.data[k] ?? null).toBe(contact[k]);
        }
        expect(parsed.data.emails).toEqual(contact.emails);
        expect(parsed.data.tags).toEqual(contact.tags);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a contact within the limits alone and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(contactArb, oversized), (input) => {
        const once = fitContactToLimits(input);
        const twice = fitContactToLimits(once.contact);
        expect(twice.contact).toEqual(once.contact);
        expect(twice.warnings).toEqual([]);
        if (once.warnings.length === 0) expect(once.contact).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it('says what it cut and names what it dropped', () => {
    const input: ImportedContact = {
      ...emptyContact('Ada Lovelace'),
      company: 'C'.repeat(250),
      emails: [{ label: null, value: 'not@valid@x' }, ...Array.from({ length: 21 }, (_, i) => ({ label: null, value: `a${i}@x.test` }))],
      tags: ['ok', 'x'.repeat(60)],
      birthday: '--02-30',
      linkedinUrl: 'https://www.linkedin.com/pub/ada/1/2/3',
    };
    const { contact, warnings } = fitContactToLimits(input);
    expect(contact.company).toBe('C'.repeat(CONTACT_LIMITS.company));
    expect(contact.emails).toHaveLength(20);
    expect(contact.emails[19]!.value).toBe('a19@x.test');
    expect(contact.tags).toEqual(['ok', 'x'.repeat(50)]);
    expect(contact.birthday).toBeNull();
    expect(contact.linkedinUrl).toBeNull();
    expect(contact.notes).toBe('LinkedIn: https://www.linkedin.com/pub/ada/1/2/3');
    expect(warnings).toEqual([
      'company is longer than 200 characters; the rest was cut',
      '"not@valid@x" is not an e-mail address the app accepts; dropped',
      'only the first 20 e-mail addresses are kept; dropped: a20@x.test',
      'birthday "--02-30" is not a valid date; dropped',
      `tags are at most 50 characters; cut: ${'x'.repeat(60)}`,
      '"https://www.linkedin.com/pub/ada/1/2/3" is not a LinkedIn profile address the app accepts; kept in notes',
    ]);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const { contact } = fitContactToLimits({ ...emptyContact('x'), title: `${'a'.repeat(199)}😀tail` });
    expect(contact.title).toBe('a'.repeat(199));
  });
});
