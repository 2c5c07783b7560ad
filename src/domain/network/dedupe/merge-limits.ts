import { CONTACT_LIMITS as L } from '../api';
import type { ImportedContact } from '../contact-fields';

export type MergeLimitField = 'emails' | 'phones' | 'tags' | 'importantDates' | 'notes';
export type MergeLimitProblem = { path: MergeLimitField; count: number; max: number; message: string };

const LISTS: { field: Exclude<MergeLimitField, 'notes'>; noun: string }[] = [
  { field: 'emails', noun: 'e-mail addresses' },
  { field: 'phones', noun: 'phone numbers' },
  { field: 'tags', noun: 'tags' },
  { field: 'importantDates', noun: 'important dates' },
];

/**
 * What a merged contact would hold beyond CONTACT_LIMITS. A merge never drops anything, so
 * instead of cutting lists it is refused until the person trims one of the two contacts; the
 * same rule runs in the merge screen (before the click) and on the server (authoritative).
 */
export function mergeLimitProblems(merged: Pick<ImportedContact, MergeLimitField>): MergeLimitProblem[] {
  const problems: MergeLimitProblem[] = [];
  for (const { field, noun } of LISTS) {
    const count = merged[field].length;
    const max = L[field];
    if (count <= max) continue;
    problems.push({
      path: field,
      count,
      max,
      message: `Together they have ${count} ${noun}; a contact keeps at most ${max}. Remove ${count - max} from one of them first.`,
    });
  }
  const notes = merged.notes?.length ?? 0;
  if (notes > L.notes) {
    problems.push({
      path: 'notes',
      count: notes,
      max: L.notes,
      message: `Their notes together are ${notes.toLocaleString('en')} characters long; a contact keeps at most ${L.notes.toLocaleString('en')}. Shorten the notes of one of them first.`,
    });
  }
  return problems;
}
