import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine } from './draft';

/** The rule written once, without the shortcut for already-clean cells. */
// eslint-disable-next-line no-control-regex
const reference = (v: string) => v.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim() || null;

describe('cleanLine', () => {
  it('answers like the plain rule, shortcut or not', () => {
    const spacey = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u0000', '\u007f', 'a', 'Zoë', ',', '😀');
    fc.assert(fc.property(fc.array(spacey, { maxLength: 12 }).map((xs) => xs.join('')), (s) => cleanLine(s) === reference(s)), { numRuns: 3_000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => cleanLine(s) === reference(s)), { numRuns: 3_000 });
    expect(cleanLine('  Ada \t Lovelace ')).toBe('Ada Lovelace');
    expect(cleanLine('Ada Lovelace')).toBe('Ada Lovelace');
    expect(cleanLine('')).toBeNull();
  });
});
