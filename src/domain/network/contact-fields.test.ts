import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importedContactSchema, emptyContact, normalizeLinkedinUrl, phoneKey } from './contact-fields';

describe('normalizeLinkedinUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/', 'https://www.linkedin.com/in/jane-doe'],
    ['http://LinkedIn.com/in/Jane-Doe?trk=public_profile#x', 'https://www.linkedin.com/in/jane-doe'],
    ['de.linkedin.com/in/jane-doe/details/experience/', 'https://www.linkedin.com/in/jane-doe'],
    ['https://m.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe'],
    ['www.linkedin.com/in/j%C3%B6rg', 'https://www.linkedin.com/in/jörg'],
    ['https\\://www.linkedin.com/in/jane', 'https://www.linkedin.com/in/jane'],
    ['https://www.linkedin.com/pub/jane-doe/1/2/3', 'https://www.linkedin.com/pub/jane-doe/1/2/3'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLinkedinUrl(input)).toBe(expected);
  });

  it('answers plain profile URLs (the shortcut) as the URL parser would', () => {
    const slug = fc.string({ unit: fc.constantFrom(...'abcXYZ019_-'.split('')), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(slug, fc.boolean(), (s, slash) => {
        // An upper-case host does not take the shortcut, so it goes through new URL().
        const viaParser = normalizeLinkedinUrl(`https://WWW.linkedin.com/in/${s}${slash ? '/' : ''}`);
        return normalizeLinkedinUrl(`https://www.linkedin.com/in/${s}${slash ? '/' : ''}`) === viaParser && viaParser !== null;
      }),
      { numRuns: 500 },
    );
  });

  it.each(['https://www.linkedin.com/company/acme', 'https://example.com/in/jane', 'not a url', '', null])(
    'rejects %s',
    (input) => {
      expect(normalizeLinkedinUrl(input)).toBeNull();
    },
  );
});

describe('contact shape', () => {
  it('validates an empty contact and rejects an empty displayName', () => {
    expect(importedContactSchema.safeParse(emptyContact('Ada')).success).toBe(true);
    expect(importedContactSchema.safeParse(emptyContact('')).success).toBe(false);
    expect(importedContactSchema.safeParse({ ...emptyContact('Ada'), birthday: '1990-1-1' }).success).toBe(false);
  });

  it('compares phone numbers by digits', () => {
    expect(phoneKey('+1 (555) 010-2000')).toBe(phoneKey('+15550102000'));
    expect(phoneKey('555 0100')).not.toBe(phoneKey('+555 0100'));
  });
});
