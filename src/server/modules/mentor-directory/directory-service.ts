import type { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { foldText, normaliseTags, outsideTheBox, searchWords } from '../../../domain/mentor-directory/index';
import type { directoryQuery, FacetsResponse, SuggestionsResponse, suggestionsQuery } from '../../../domain/mentor-directory/api';
import { notFound } from '../../errors';
import { openGoalAreas } from '../mentoring/goals-service';
import { decodeKeyset, pageOf } from './cursor';
import * as q from './queries';
import { presentEntries } from './profile-service';

export const findProfile = (db: DbOrTx, id: string) => q.findProfile(db, id);

export async function listDirectory(db: DbOrTx, viewerUserId: string, query: z.output<typeof directoryQuery>) {
  const rows = await q.listDirectory(
    db,
    {
      words: searchWords(query.q ?? ''),
      skill: query.skill,
      challenge: query.challenge,
      industry: query.industry,
      role: query.role,
      language: query.language,
      region: query.region,
      availability: query.availability,
      openToTeens: query.openToTeens === undefined ? undefined : query.openToTeens === 'true',
    },
    query.limit,
    decodeKeyset(query.cursor),
  );
  const page = pageOf(rows, query.limit, (r) => ({ at: r.listedAt!, id: r.id }));
  return { items: await presentEntries(db, viewerUserId, page.items), nextCursor: page.nextCursor };
}

export async function directoryEntry(db: DbOrTx, viewerUserId: string, id: string) {
  const row = await q.findProfile(db, id);
  if (!row) throw notFound('mentor');
  return (await presentEntries(db, viewerUserId, [row]))[0]!;
}

/** Distinct values (as first written, compared case-insensitively), alphabetical. */
function distinct(values: (string | null)[]) {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(foldText(v))) seen.set(foldText(v), v.trim());
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export async function facets(db: DbOrTx): Promise<FacetsResponse> {
  const rows = await q.listFacetSources(db);
  return {
    skills: distinct(rows.flatMap((r) => r.skills)),
    challenges: distinct(rows.flatMap((r) => r.challenges)),
    languages: distinct(rows.flatMap((r) => r.languages)),
    industries: distinct(rows.map((r) => r.industry)),
    roles: distinct(rows.map((r) => r.role)),
    regions: distinct(rows.map((r) => r.region)),
  };
}

/**
 * Mentors unlike me who have a skill I want. The skills are the ones typed in, else the areas of
 * my open goals; my industry is the one typed in, else my own profile's; age band and gender come
 * only from my profile, and count only against mentors who stated theirs too.
 */
export async function suggestions(db: DbOrTx, userId: string, query: z.output<typeof suggestionsQuery>): Promise<SuggestionsResponse> {
  const typed = query.skills ? normaliseTags(query.skills.split(',')) : [];
  const skills = (typed.length ? typed : await openGoalAreas(db, userId)).slice(0, 30);
  const mine = await q.findProfileByUser(db, userId);
  const basis = { skills, industry: query.industry || mine?.industry || null, ageBand: mine?.ageBand ?? null, gender: mine?.gender ?? null };
  const candidates = await q.listSkillCandidates(db, userId, skills);
  const scored = candidates
    .map((c) => ({ c, s: outsideTheBox(basis, c) }))
    .filter((x): x is { c: q.ProfileRow; s: NonNullable<typeof x.s> } => x.s !== null)
    .sort((a, b) => b.s.matchedSkills.length - a.s.matchedSkills.length || b.s.differences.length - a.s.differences.length)
    .slice(0, 12);
  const entries = await presentEntries(db, userId, scored.map((x) => x.c));
  return {
    basis: { skills, industry: basis.industry, usesAgeBand: basis.ageBand !== null, usesGender: basis.gender !== null },
    items: scored.map((x, i) => ({ mentor: entries[i]!, matchedSkills: x.s.matchedSkills, differences: x.s.differences })),
    nextCursor: null,
  };
}
