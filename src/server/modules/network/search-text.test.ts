import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchText, normalizeSearchTerm } from './search-text';

/** The rule written once, without the ASCII shortcut the real function takes. */
const reference = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const printableAscii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });

describe('normalizeSearchTerm', () => {
  it('gives the same answer on the ASCII shortcut as the full Unicode rule', () => {
    fc.assert(fc.property(printableAscii, (s) => normalizeSearchTerm(s) === reference(s)), { numRuns: 2_000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => normalizeSearchTerm(s) === reference(s)), { numRuns: 1_000 });
  });

  it('folds case, accents and runs of white space', () => {
    expect(normalizeSearchTerm('  Zoë   GARCÍA\tLópez ')).toBe('zoe garcia lopez');
    expect(normalizeSearchTerm('Ada  Lovelace')).toBe('ada lovelace');
  });
});

describe('buildSearchText', () => {
  it('leaves out parts already contained in the text, without losing any substring match', () => {
    const c = { displayName: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace', company: 'Analytical Engines', title: 'Ada' };
    const text = buildSearchText(c);
    expect(text).toBe('ada lovelace \u0001 analytical engines');
    const full = [c.displayName, c.givenName, c.familyName, c.company, c.title].map(reference).join(' ');
    const words = fc.string({ unit: fc.constantFrom(...'adlovecnytigs '.split('')), minLength: 1, maxLength: 6 })
      .map((w) => w.trim()).filter((w) => w !== '' && !w.includes(' '));
    fc.assert(fc.property(words, (w) => full.includes(w) === text.includes(w)), { numRuns: 2_000 });
  });

  it('covers names, e-mails, company, title, tags, how we met and notes, accent-folded', () => {
    const text = buildSearchText({
      displayName: 'Zoë Brown', company: 'Müller AG', title: 'CTO', emails: [{ label: null, value: 'Zoe@Example.test' }],
      tags: ['Mentor'], howWeMet: 'PyCon', notes: 'Likes Ürdü poetry', department: 'R&D', industry: 'Fintech',
    });
    for (const w of ['zoe brown', 'muller ag', 'cto', 'zoe@example.test', 'mentor', 'pycon', 'urdu poetry', 'r&d', 'fintech']) {
      expect(text).toContain(w);
    }
  });
});
