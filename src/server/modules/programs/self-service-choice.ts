import type { z } from 'zod';
import type { Db } from '../../db/client';
import { explainPair, MAX_OPEN_REQUESTS, rankMentorsFor, selfServiceOpen, type RankedMentor } from '../../../domain/programs/self-service';
import type { MentorChoiceResponse, mentorChoiceQuery } from '../../../domain/programs/self-service-api';
import { badRequest } from '../../errors';
import { decodeCursor, encodeCursor } from '../network/cursor';
import type { programAccess } from './access';
import * as q from './queries';
import * as sq from './self-service-queries';
import { programOf } from './self-service-run';
import { choicePool, menteeBlock, profileOf, tagSpelling } from './self-service-pool';
import { expireStale } from './self-service-service';

/**
 * The mentee's "Choose a mentor" list (GET /programs/:id/self-service/mentors), one page at a
 * time. The order is a score, so every candidate passing the filters is scored (cheap, from slim
 * rows); only the page is explained in words and sent. Filters narrow the rows in SQL.
 */
type Access = Awaited<ReturnType<typeof programAccess>>;
type Query = z.output<typeof mentorChoiceQuery>;

const ORDER = 'self-service-mentors';

/** The list's order as a cursor key: places left before full, then best fit, then member id. */
const keyOf = (r: Pick<RankedMentor, 'full' | 'score'>) => `${r.full ? 1 : 0}|${r.score}`;
function after(cursor: string | undefined): { full: boolean; score: number; id: string } | null {
  const pos = decodeCursor(cursor, ORDER, 'text', false);
  if (!pos) return null;
  const m = /^([01])\|(-?\d+(?:\.\d+)?)$/.exec(pos.key ?? '');
  if (!m) throw badRequest('This cursor is malformed; start again from the first page.', [{ path: 'querystring.cursor', message: 'This cursor is malformed; start again from the first page.' }]);
  return { full: m[1] === '1', score: Number(m[2]), id: pos.id };
}
/** Strictly after the cursor in the order of `rankMentorsFor`. */
const isAfter = (r: RankedMentor, c: { full: boolean; score: number; id: string }) =>
  Number(r.full) !== Number(c.full) ? Number(r.full) > Number(c.full) : r.score !== c.score ? r.score < c.score : r.mentorId > c.id;

export async function mentorChoice(db: Db, access: Access, programId: string, now: Date, query: Query): Promise<MentorChoiceResponse> {
  const cursor = after(query.cursor);
  await expireStale(db, programId, now);
  const p = await programOf(db, programId);
  const mode = p.mode as MentorChoiceResponse['mode'];
  const base = { mode, openRequests: 0, maxOpenRequests: MAX_OPEN_REQUESTS, items: [], total: 0, nextCursor: null, languages: [] };
  if (!selfServiceOpen(p.mode)) return { ...base, blocked: { code: 'self_service_off', detail: 'Your coordinators match mentees in this program; choosing a mentor yourself is not offered here.' } };
  const mentee = access.memberships.find((m) => m.role === 'mentee');
  if (!mentee) return { ...base, blocked: { code: 'not_a_mentee', detail: 'Only mentees of the program choose a mentor.' } };
  if (!mentee.cohortId) return { ...base, blocked: { code: 'no_cohort', detail: 'You are not in a cohort yet; your coordinator will add you to one.' } };
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const filter = { words, ...(query.language ? { language: query.language } : {}) };
  const filtered = words.length > 0 || !!query.language || query.hideFull === true;

  const pool = await choicePool(db, programId, mentee.cohortId, mentee, now, filter);
  const open = await sq.openRequestsOfMentee(db, mentee.id);
  const block = menteeBlock(pool, mentee, mentee.cohortId);
  if (block) return { ...base, openRequests: open.length, blocked: block as MentorChoiceResponse['blocked'] };
  const yes = open.find((r) => r.status === 'accepted_by_mentor');
  if (yes) {
    const who = (await q.findMember(db, programId, yes.mentorMemberId))?.name ?? 'A mentor';
    return { ...base, openRequests: open.length, blocked: { code: 'awaiting_approval', detail: `${who} said yes to you. In this program a coordinator approves each match first; you will hear in your inbox when they have.` } };
  }

  const profile = profileOf(mentee, now);
  const rank = (mentors: typeof pool.mentors) =>
    rankMentorsFor(
      profile,
      mentors.filter((m) => m.userId !== access.userId).map((m) => ({ profile: m.profile, capacityLeft: m.capacityLeft })),
      pool.weights,
      new Set(pool.forbidden.map((f) => f.mentor)),
    );
  const ranked = rank(pool.mentors).filter((r) => !(query.hideFull && r.full));
  if (ranked.length === 0) {
    // Nothing to choose at all, or only nothing for these filters: the first is a blocked list, the second an empty page.
    const anyone = filtered ? rank((await choicePool(db, programId, mentee.cohortId, mentee, now, { words: [] })).mentors).length > 0 : false;
    if (!anyone) {
      const noScreened = mentee.isMinor && !pool.mentors.some((m) => m.screened);
      return {
        ...base,
        openRequests: open.length,
        blocked: noScreened
          ? { code: 'no_screened_mentors', detail: 'No mentor in this program has finished screening yet; mentees under 18 can choose once one has.' }
          : { code: 'no_mentors', detail: 'No mentor you could be matched with has applied to this program yet. Check back soon.' },
      };
    }
  }

  const rest = cursor ? ranked.filter((r) => isAfter(r, cursor)) : ranked;
  const page = rest.slice(0, query.limit);
  const last = page[page.length - 1];
  const byId = new Map(pool.mentors.map((m) => [m.memberId, m]));
  const requested = new Map(open.map((r) => [r.mentorMemberId, r.id]));
  const mentors = page.map((r) => {
    const m = byId.get(r.mentorId)!;
    const a = m.application;
    // The page only is put in words, with tags spelled as the mentee and mentor typed them.
    const { reasons } = explainPair(profile, m.profile, pool.weights, tagSpelling(mentee, m));
    return {
      memberId: r.mentorId,
      name: m.name,
      score: r.score,
      breakdown: r.breakdown,
      reasons,
      full: r.full,
      capacityLeft: Math.max(0, m.capacityLeft),
      screened: m.screened,
      skills: a.skills,
      industries: a.industries,
      jobRole: a.jobRole,
      languages: a.languages,
      availability: a.availability,
      timeZone: a.timeZone,
      requestId: requested.get(r.mentorId) ?? null,
    };
  });
  return {
    ...base,
    openRequests: open.length,
    blocked: null,
    items: mentors,
    total: ranked.length,
    nextCursor: rest.length > page.length && last ? encodeCursor(ORDER, { key: keyOf(last), id: last.mentorId }) : null,
    languages: await sq.mentorLanguages(db, programId),
  };
}
