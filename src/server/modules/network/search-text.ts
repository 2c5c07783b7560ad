import type { LabelledValue } from '../../db/schema/network';

type Searchable = {
  displayName: string;
  givenName?: string | null;
  familyName?: string | null;
  company?: string | null;
  title?: string | null;
  department?: string | null;
  industry?: string | null;
  emails?: LabelledValue[];
  tags?: string[];
  notes?: string | null;
  howWeMet?: string | null;
};

/**
 * The text a contact is found by: names, e-mails, company, title, tags, notes. Lower-cased and
 * accent-stripped so "zoe" finds "Zoë". Every write to a contact must store it (contacts.search_text),
 * and queries must normalise the search term with `normalizeSearchTerm`.
 */
export function buildSearchText(c: Searchable): string {
  const parts: (string | null | undefined)[] = [
    c.displayName,
    c.givenName,
    c.familyName,
    c.company,
    c.title,
    c.department,
    c.industry,
    ...(c.emails ?? []).map((e) => e.value),
    ...(c.tags ?? []),
    c.howWeMet,
    c.notes,
  ];
  // A part already contained in the text so far ("Ada" after "Ada Lovelace") adds no match, since
  // every search word is looked for as a substring; leaving it out keeps the row and its trigrams smaller.
  let text = '';
  for (const part of parts) {
    const normalised = part ? normalizeSearchTerm(part) : '';
    if (normalised === '' || text.includes(normalised)) continue;
    text = text === '' ? normalised : `${text} \u0001 ${normalised}`;
  }
  return text.slice(0, 20_000);
}

/** Printable ASCII: NFKD leaves it alone and it has no combining marks. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function normalizeSearchTerm(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
