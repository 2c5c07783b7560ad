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
  const parts = [
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
  return normalizeSearchTerm(parts.filter(Boolean).join(' \u0001 ')).slice(0, 20_000);
}

export function normalizeSearchTerm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
