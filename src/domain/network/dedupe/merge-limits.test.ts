import { describe, expect, it } from 'vitest';
import { CONTACT_LIMITS } from '../api';
import { emptyContact } from '../contact-fields';
import { mergeContacts, mergeLimitProblems } from './index';

const phones = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ label: null, value: `+49 30 ${prefix}${String(i).padStart(4, '0')}` }));

describe('mergeLimitProblems', () => {
  it('is empty while the union fits, and names each list that would not', () => {
    const a = { ...emptyContact('A'), phones: phones('1', 10), importantDates: [{ label: 'x', date: '2020-01-01' }] };
    expect(mergeLimitProblems(mergeContacts(a, { ...emptyContact('A'), phones: phones('2', 10) }))).toEqual([]);
    const over = mergeLimitProblems(mergeContacts(a, { ...emptyContact('A'), phones: phones('2', 11) }));
    expect(over).toEqual([{ path: 'phones', count: 21, max: CONTACT_LIMITS.phones, message: 'Together they have 21 phone numbers; a contact keeps at most 20. Remove 1 from one of them first.' }]);
  });

  it('counts notes joined by the merge', () => {
    const long = 'n'.repeat(12_000);
    const merged = mergeContacts({ ...emptyContact('A'), notes: long }, { ...emptyContact('A'), notes: `m${long}` });
    const [p] = mergeLimitProblems(merged);
    expect(p?.path).toBe('notes');
    expect(p?.message).toContain('at most 20,000');
  });
});
