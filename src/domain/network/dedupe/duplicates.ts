import { companyKey, matchKeysFor, nameParts, type MatchableContact } from './keys';

export type DuplicateReason = 'same e-mail' | 'same LinkedIn' | 'same name and company' | 'similar name';
export type DuplicatePair<T> = { a: T; b: T; reason: DuplicateReason };

const STRENGTH: Record<DuplicateReason, number> = {
  'same e-mail': 0,
  'same LinkedIn': 1,
  'same name and company': 2,
  'similar name': 3,
};

/** Nicknames → canonical given name. Short on purpose: only pairs that are unambiguous in practice. */
const NICKNAMES: Record<string, string> = {
  bob: 'robert', rob: 'robert', bobby: 'robert', robbie: 'robert',
  bill: 'william', will: 'william', billy: 'william', liam: 'william',
  jim: 'james', jimmy: 'james', jamie: 'james',
  mike: 'michael', mikey: 'michael', mick: 'michael',
  dave: 'david', davy: 'david',
  dan: 'daniel', danny: 'daniel',
  tom: 'thomas', tommy: 'thomas',
  chris: 'christopher',
  matt: 'matthew',
  nick: 'nicholas',
  joe: 'joseph', joey: 'joseph',
  tony: 'anthony',
  steve: 'stephen', steven: 'stephen',
  andy: 'andrew', drew: 'andrew',
  alex: 'alexander',
  ben: 'benjamin',
  sam: 'samuel',
  ed: 'edward', eddie: 'edward', ted: 'edward',
  rick: 'richard', rich: 'richard', dick: 'richard',
  greg: 'gregory',
  jon: 'jonathan',
  pete: 'peter',
  kate: 'katherine', katie: 'katherine', kathy: 'katherine', catherine: 'katherine',
  liz: 'elizabeth', beth: 'elizabeth', betty: 'elizabeth', lizzie: 'elizabeth',
  jen: 'jennifer', jenny: 'jennifer',
  sue: 'susan', susie: 'susan',
  maggie: 'margaret', peggy: 'margaret', meg: 'margaret',
  patty: 'patricia', trish: 'patricia',
  becky: 'rebecca',
  vicky: 'victoria',
};

/** Above this many contacts sharing family name + initial, only identical first names are compared. */
const MAX_FUZZY_BUCKET = 200;

/**
 * Likely duplicates in an existing contact list. Every rule works on hash
 * buckets, so the cost is linear apart from the (capped) fuzzy-name buckets;
 * 30,000 contacts take milliseconds. Contacts sharing a key are reported as
 * pairs with the first of them, not all-pairs, to keep output proportional.
 * Each pair appears once, with its strongest reason; `a` precedes `b` in the input.
 */
export function findLikelyDuplicates<T extends MatchableContact>(contacts: readonly T[]): DuplicatePair<T>[] {
  const found = new Map<string, { i: number; j: number; reason: DuplicateReason }>();
  const record = (i: number, j: number, reason: DuplicateReason): void => {
    if (i === j) return;
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const id = `${lo}:${hi}`;
    const previous = found.get(id);
    if (!previous || STRENGTH[reason] < STRENGTH[previous.reason]) found.set(id, { i: lo, j: hi, reason });
  };
  const firstByKey = new Map<string, number>();
  const linkToFirst = (key: string, index: number, reason: DuplicateReason): void => {
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    else record(first, index, reason);
  };
  const fuzzyBuckets = new Map<string, number[]>();
  const givens: string[] = new Array<string>(contacts.length);

  contacts.forEach((contact, index) => {
    for (const { reason, key } of matchKeysFor(contact)) {
      linkToFirst(key, index, reason === 'email' ? 'same e-mail' : reason === 'linkedin' ? 'same LinkedIn' : 'same name and company');
    }
    const parts = nameParts(contact);
    givens[index] = parts?.given ?? '';
    if (parts?.given && parts.family) {
      const bucket = `${parts.family}|${canonicalGiven(parts.given)[0]}`;
      const members = fuzzyBuckets.get(bucket) ?? [];
      members.push(index);
      fuzzyBuckets.set(bucket, members);
    }
  });

  const compareAll = (members: number[]): void => {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (similarGiven(givens[i]!, givens[j]!) && !differentCompanies(contacts[i]!, contacts[j]!)) {
          record(i, j, 'similar name');
        }
      }
    }
  };
  for (const members of fuzzyBuckets.values()) {
    if (members.length < 2) continue;
    if (members.length <= MAX_FUZZY_BUCKET) {
      compareAll(members);
      continue;
    }
    // Very common surname + initial: only exact (nickname-canonical) first names are compared.
    const byGiven = new Map<string, number[]>();
    for (const i of members) {
      const key = canonicalGiven(givens[i]!);
      byGiven.set(key, [...(byGiven.get(key) ?? []), i]);
    }
    for (const group of byGiven.values()) if (group.length <= MAX_FUZZY_BUCKET) compareAll(group);
  }

  return [...found.values()]
    .sort((p, q) => STRENGTH[p.reason] - STRENGTH[q.reason] || p.i - q.i || p.j - q.j)
    .map(({ i, j, reason }) => ({ a: contacts[i]!, b: contacts[j]!, reason }));
}

function canonicalGiven(given: string): string {
  const first = given.split(' ')[0]!;
  return Object.hasOwn(NICKNAMES, first) ? NICKNAMES[first]! : first;
}

/** 'Bob' ~ 'Robert', 'J' ~ 'John', 'Jean Luc' ~ 'Jean'; never two different full first names. */
function similarGiven(a: string, b: string): boolean {
  const ca = canonicalGiven(a);
  const cb = canonicalGiven(b);
  if (ca === cb) return true;
  if (ca.length === 1 || cb.length === 1) return ca[0] === cb[0];
  return false;
}

/** Nickname/initial matches are weaker than exact names, so two known, different employers veto them. */
function differentCompanies(a: MatchableContact, b: MatchableContact): boolean {
  const ca = companyKey(a.company);
  const cb = companyKey(b.company);
  return ca !== null && cb !== null && ca !== cb;
}
