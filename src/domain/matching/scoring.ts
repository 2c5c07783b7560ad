import { MatchingInputError } from './compile';
import {
  CRITERIA,
  DEFAULT_WEIGHTS,
  type Criterion,
  type HardRules,
  type MenteeProfile,
  type MentorProfile,
  type ProfileSet,
  type ScoringWeights,
} from './profiles';
import type { MatchingInstance, PairRef, ScoredEdge } from './types';

/** Points (0–10) per criterion for one pair, before weights. */
export function criterionPoints(mentee: MenteeProfile, mentor: MentorProfile): Record<Criterion, number> {
  const growth = mentee.growthAreas ?? [];
  const skills = new Set(mentor.skills ?? []);
  const shared = growth.filter((g) => skills.has(g)).length;
  const gap = timeZoneGap(mentee, mentor);
  return {
    growth: growth.length ? Math.round((10 * shared) / growth.length) : 0,
    industry: mentor.industry !== undefined && (mentee.preferredIndustries ?? []).includes(mentor.industry) ? 10 : 0,
    role: mentor.role !== undefined && (mentee.preferredRoles ?? []).includes(mentor.role) ? 10 : 0,
    language: sharesLanguage(mentee, mentor) ? 10 : 0,
    timeZone: gap === undefined ? 5 : Math.round(10 * Math.max(0, 1 - gap / 12)),
    unlikeMe: mentee.wantsDifferentBackground ? Math.round(10 * (1 - jaccard(mentee.background ?? [], mentor.background ?? []))) : 0,
    stage: mentee.stage !== undefined && (mentor.preferredStages ?? []).includes(mentee.stage) ? 10 : 0,
  };
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sb = new Set(b);
  const inter = new Set(a.filter((x) => sb.has(x))).size;
  return inter / new Set([...a, ...b]).size;
}

function sharesLanguage(a: MenteeProfile, b: MentorProfile): boolean {
  const langs = new Set(b.languages ?? []);
  return (a.languages ?? []).some((l) => langs.has(l));
}

/** Shortest way round the clock, in hours; undefined when either side is unknown. */
function timeZoneGap(a: MenteeProfile, b: MentorProfile): number | undefined {
  if (a.timeZoneOffset === undefined || b.timeZoneOffset === undefined) return undefined;
  const d = Math.abs(a.timeZoneOffset - b.timeZoneOffset) % 24;
  return Math.min(d, 24 - d);
}

/** Ids of everyone above `id` in the reporting line (cycle-safe). */
function managerChain(id: string, managerOf: Map<string, string>): Set<string> {
  const chain = new Set<string>();
  let cur = managerOf.get(id);
  while (cur !== undefined && !chain.has(cur)) {
    chain.add(cur);
    cur = managerOf.get(cur);
  }
  return chain;
}

/** Why a pair is not a candidate, or null when it passes every hard rule. */
export function hardRuleViolation(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  rules: HardRules,
  chain: Set<string>,
  excluded: Set<string>,
): string | null {
  if (mentee.id === mentor.id) return 'same person';
  if (chain.has(mentor.id)) return "mentor is in the mentee's management chain";
  if (mentee.isMinor && !mentor.screened) return 'minor mentee needs a screened mentor';
  if ((rules.requireSharedLanguage || mentee.requiresSharedLanguage) && !sharesLanguage(mentee, mentor)) return 'no shared language';
  const gap = timeZoneGap(mentee, mentor);
  if (rules.maxTimeZoneGapHours !== undefined && gap !== undefined && gap > rules.maxTimeZoneGapHours) return 'time-zone gap too large';
  if (excluded.has(`${mentee.id}\u0000${mentor.id}`)) return 'explicitly excluded';
  return null;
}

function resolveWeights(weights: ScoringWeights): Record<Criterion, number> {
  const out = { ...DEFAULT_WEIGHTS, ...weights };
  const bad = CRITERIA.filter((c) => !Number.isInteger(out[c]) || out[c] < 0);
  if (bad.length) throw new MatchingInputError(bad.map((c) => `weight "${c}" must be a whole number ≥ 0 (got ${String(out[c])})`));
  return out;
}

/**
 * Turns profiles into a pre-scored instance without enumerating all pairs: mentors are
 * found through inverted indexes on skills, industries and roles (topped up from
 * compatible time-zone buckets when that yields too few), hard rules filter them,
 * and only the best `topK` per mentee are kept. `alwaysInclude` (pinned or previous
 * pairs) survives the top-k cut when it passes the hard rules.
 */
export function scoreProfiles(
  profiles: ProfileSet,
  weights: ScoringWeights = {},
  rules: HardRules = {},
  alwaysInclude: PairRef[] = [],
): MatchingInstance {
  const w = resolveWeights(weights);
  const topK = rules.topK ?? 50;
  const { mentees, mentors } = profiles;
  const managerOf = new Map<string, string>();
  for (const p of [...(rules.people ?? []), ...mentors, ...mentees]) if (p.managerId) managerOf.set(p.id, p.managerId);
  const excluded = new Set<string>();
  const key = (a: string, b: string): string => `${a}\u0000${b}`;
  for (const x of rules.exclusions ?? []) excluded.add(key(x.mentee, x.mentor));
  for (const me of mentees) for (const id of me.excludedMentors ?? []) excluded.add(key(me.id, id));
  for (const mo of mentors) for (const id of mo.excludedMentees ?? []) excluded.add(key(id, mo.id));
  const mustKeep = new Set(alwaysInclude.map((p) => key(p.mentee, p.mentor)));

  const index = new Map<string, number[]>();
  const addTo = (tag: string, j: number): void => {
    const list = index.get(tag);
    if (list) list.push(j);
    else index.set(tag, [j]);
  };
  const buckets = new Map<number, number[]>();
  const mentorById = new Map<string, number>();
  mentors.forEach((mo, j) => {
    mentorById.set(mo.id, j);
    for (const s of mo.skills ?? []) addTo(`s:${s}`, j);
    if (mo.industry) addTo(`i:${mo.industry}`, j);
    if (mo.role) addTo(`r:${mo.role}`, j);
    const b = Math.round(mo.timeZoneOffset ?? 0);
    (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(j);
  });

  const edges: ScoredEdge[] = [];
  for (const me of mentees) {
    const chain = managerChain(me.id, managerOf);
    const cand = new Set<number>();
    for (const g of me.growthAreas ?? []) for (const j of index.get(`s:${g}`) ?? []) cand.add(j);
    for (const ind of me.preferredIndustries ?? []) for (const j of index.get(`i:${ind}`) ?? []) cand.add(j);
    for (const r of me.preferredRoles ?? []) for (const j of index.get(`r:${r}`) ?? []) cand.add(j);
    for (const p of alwaysInclude) if (p.mentee === me.id && mentorById.has(p.mentor)) cand.add(mentorById.get(p.mentor)!);
    if (cand.size < topK) topUpFromBuckets(me, rules, buckets, cand, topK);

    const scored: ScoredEdge[] = [];
    for (const j of cand) {
      const mo = mentors[j]!;
      if (mo.capacity <= 0 || hardRuleViolation(me, mo, rules, chain, excluded) !== null) continue;
      const pts = criterionPoints(me, mo);
      const breakdown: Record<string, number> = {};
      let score = 0;
      for (const c of CRITERIA) {
        const v = pts[c] * w[c];
        if (v > 0) breakdown[c] = v;
        score += v;
      }
      scored.push({ mentee: me.id, mentor: mo.id, score, breakdown });
    }
    scored.sort((a, b) => b.score - a.score || (a.mentor < b.mentor ? -1 : a.mentor > b.mentor ? 1 : 0));
    scored.forEach((edge, rank) => {
      if (rank < topK || mustKeep.has(key(edge.mentee, edge.mentor))) edges.push(edge);
    });
  }
  return {
    mentees: mentees.map((x) => ({ id: x.id })),
    mentors: mentors.map((x) => ({ id: x.id, capacity: x.capacity })),
    edges,
  };
}

/** Nearest time-zone buckets first, bounded so sparse profiles never trigger a full scan. */
function topUpFromBuckets(me: MenteeProfile, rules: HardRules, buckets: Map<number, number[]>, cand: Set<number>, topK: number): void {
  const home = Math.round(me.timeZoneOffset ?? 0);
  const reach = Math.min(12, Math.ceil(rules.maxTimeZoneGapHours ?? 12));
  let budget = 4 * topK;
  for (let d = 0; d <= reach && budget > 0; d++) {
    for (const b of d === 0 ? [home] : [home - d, home + d]) {
      for (const j of buckets.get(b) ?? []) {
        if (budget-- <= 0) return;
        cand.add(j);
      }
    }
  }
}
