/**
 * Rules of the job board (PRODUCT.md §5 "Job board fed by mentors; mentees see listings matched
 * to their goals"): who sees a listing, whether it still counts as open, and how well it matches
 * a mentee's goals (with the overlapping terms as "why it matches"). Pure: no I/O.
 */
export const LISTING_KINDS = ['job', 'internship', 'apprenticeship', 'volunteer', 'shadow_day'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];
export const INTEREST_STATES = ['saved', 'applied'] as const;
export type InterestState = (typeof INTEREST_STATES)[number];

export type ListingFacts = {
  status: 'open' | 'closed';
  /** 'YYYY-MM-DD' or null (open until closed). */
  closesOn: string | null;
  approved: boolean;
  postedByMe: boolean;
};

/** Open: not closed by its poster, and its closing date (inclusive) is not past in the viewer's today. */
export const isOpen = (l: Pick<ListingFacts, 'status' | 'closesOn'>, today: string) => l.status === 'open' && (l.closesOn === null || l.closesOn >= today);

/**
 * Coordinators see every listing of their program, posters their own; everyone else (mentees,
 * other mentors, guardians) sees only open, approved ones.
 */
export function canSeeListing(viewer: { isCoordinator: boolean }, l: ListingFacts, today: string): boolean {
  if (viewer.isCoordinator || l.postedByMe) return true;
  return l.approved && isOpen(l, today);
}

/**
 * In a program whose participants are minors, a mentor's listing waits for a coordinator before
 * mentees see it; a coordinator's own listing, and any listing in an adults' program, is approved.
 */
export const needsApproval = (p: { participantsAreMinors: boolean }, posterIsCoordinator: boolean) => p.participantsAreMinors && !posterIsCoordinator;

/** Lower-case, accents stripped, whitespace collapsed: "Data  Analysis" and "data analysis" are one term. */
export const normTerm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

const STOP = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'in', 'for', 'to', 'with', 'on', 'at', 'my', 'your']);
const words = (s: string) => normTerm(s).split(' ').filter((w) => w.length > 2 && !STOP.has(w));

export type GoalTerms = string[];
export type ListingText = { title: string; organization: string; description: string | null; tags: string[]; kind: ListingKind };
export type ListingMatch = { score: number; why: string[] };

const TAG_POINTS = 3;
const TITLE_POINTS = 2;
const TEXT_POINTS = 1;

/**
 * How well a listing matches a mentee's goal terms (areas of growth, preferred industries and roles,
 * open mentoring goal areas). A term counts once, for its best place: equal to one of the listing's
 * tags (3), all its words in the title (2), or all its words in the organisation or description (1).
 * `why` lists the matching terms, best first, as the mentee wrote them.
 */
export function matchListing(listing: ListingText, goals: GoalTerms): ListingMatch {
  const tagSet = new Set(listing.tags.map(normTerm));
  const tagWords = new Set(listing.tags.flatMap(words));
  const titleWords = new Set([...words(listing.title), ...words(listing.kind.replace('_', ' '))]);
  const textWords = new Set([...words(listing.organization), ...words(listing.description ?? '')]);
  const seen = new Set<string>();
  const hits: { term: string; points: number }[] = [];
  for (const raw of goals) {
    const term = normTerm(raw);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    const w = words(term);
    if (w.length === 0) continue;
    const all = (set: Set<string>) => w.every((x) => set.has(x));
    const points = tagSet.has(term) ? TAG_POINTS : all(tagWords) || all(titleWords) ? TITLE_POINTS : all(textWords) ? TEXT_POINTS : 0;
    if (points > 0) hits.push({ term: raw.trim(), points });
  }
  hits.sort((a, b) => b.points - a.points || a.term.localeCompare(b.term));
  return { score: hits.reduce((s, h) => s + h.points, 0), why: hits.map((h) => h.term) };
}

/** Ranked order: best match first, then the one closing soonest (no date last), then the newest. */
export function compareRanked(
  a: { score: number; closesOn: string | null; createdAt: string; id: string },
  b: { score: number; closesOn: string | null; createdAt: string; id: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  const ac = a.closesOn ?? '9999-12-31';
  const bc = b.closesOn ?? '9999-12-31';
  if (ac !== bc) return ac < bc ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
