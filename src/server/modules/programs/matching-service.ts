import type { z } from 'zod';
import { todayIn } from '../../../domain/follow-through/local-time';
import type { Db, DbOrTx } from '../../db/client';
import type { StoredRunResult } from '../../db/schema/index';
import { DEFAULT_WEIGHTS, hardRuleViolation, MatchingInputError, scoreProfiles, solveMatching, type HardRules, type PairRef } from '../../../domain/matching/index';
import type { MatchRunResponse, runMatchBody } from '../../../domain/programs/api';
import { isScreened, menteeProfile, mentorProfile } from '../../../domain/programs/rules';
import { badRequest, conflict, notFound } from '../../errors';
import * as mq from './match-queries';
import * as q from './queries';
import * as sq from './self-service-queries';
import { tellMatchesPublished } from './inbox-news';
import { endMentorshipsForMatches, openMentorshipsForMatches } from './match-mentorships';
import { closeRequestsOfMatched } from './self-service-service';
import { assertRunAllowed, assertRunKeepsSelfService, selfServicePins, withSelfServicePins } from './self-service-run';

type Participants = Awaited<ReturnType<typeof participants>>;

/**
 * Who takes part in a cohort's run: its mentees, and every mentor of the program with an
 * application whose background check has not failed. A mentor's capacity is what the application
 * offers minus mentees already matched with them in other cohorts that have not ended (`currentMatch`)
 * and minus the places held by a
 * mentor's self-service yes that waits for a coordinator's approval (or approving it later would
 * find the mentor full). Minors wait outside the run until a guardian's consent is recorded; a
 * mentee still matched in another cohort, or whose chosen mentor's yes waits for approval, is left out.
 */
async function participants(db: DbOrTx, programId: string, cohortId: string, now = new Date()) {
  // One after another: publishRun passes its transaction, and a transaction is one connection
  // (node-postgres warns "client is already executing a query" when queries overlap on it).
  const mentees = await q.listMembers(db, programId, { role: 'mentee' }, null, 100_000);
  const mentorMembers = await q.listMembers(db, programId, { role: 'mentor' }, null, 100_000);
  const applications = await q.allApplications(db, programId);
  const consents = await q.consentsFor(db, programId);
  const matches = await q.matchesOfProgram(db, programId, { current: { cohortId, today: todayIn('UTC', now) } });
  const waiting = await sq.awaitingApproval(db, programId);
  const held = new Map<string, number>();
  for (const w of waiting) held.set(w.mentor, (held.get(w.mentor) ?? 0) + 1);
  const awaiting = new Set(waiting.map((w) => w.mentee));
  const consented = new Set(consents.map((c) => c.menteeMemberId));
  // A mentee who moved here from a cohort where they are still matched keeps that match.
  const matchedElsewhere = new Set(matches.filter((m) => m.cohortId !== cohortId).map((m) => m.menteeMemberId));
  const inCohort = mentees.filter((m) => m.cohortId === cohortId && !matchedElsewhere.has(m.id) && !awaiting.has(m.id));
  const elsewhere = new Map<string, number>();
  for (const m of matches) if (m.cohortId !== cohortId) elsewhere.set(m.mentorMemberId, (elsewhere.get(m.mentorMemberId) ?? 0) + 1);
  const appOf = new Map(applications.map((a) => [a.memberId, a]));
  const mentors = mentorMembers.flatMap((m) => {
    const a = appOf.get(m.id);
    if (!a || a.backgroundCheck === 'failed') return [];
    const heldHere = held.get(m.id) ?? 0;
    return [{ member: m, application: a, screened: isScreened(a), held: heldHere, capacity: Math.max(0, a.capacity - (elsewhere.get(m.id) ?? 0) - heldHere) }];
  });
  return {
    eligible: inCohort.filter((m) => !m.isMinor || consented.has(m.id)),
    waitingForConsent: inCohort.filter((m) => m.isMinor && !consented.has(m.id)),
    stillMatched: mentees.filter((m) => m.cohortId === cohortId && matchedElsewhere.has(m.id)),
    awaitingApproval: mentees.filter((m) => m.cohortId === cohortId && !matchedElsewhere.has(m.id) && awaiting.has(m.id)),
    /** The mentor whose yes each waiting mentee holds. */
    chosenBy: new Map(waiting.map((w) => [w.mentee, w.mentor])),
    mentors,
    names: new Map([...mentees, ...mentorMembers].map((m) => [m.id, m])),
  };
}

/**
 * A mentee whose own choice waits for approval is the coordinator's to decide on the Self-service
 * tab, not in a run: pinning them elsewhere would silently undo a mentor's yes, and pinning them to
 * that mentor would skip the approval. Refused with the reason (a pin kept from an earlier run hits
 * this when the coordinator runs again).
 */
function refuseWaitingPins(p: Participants, pinned: PairRef[]) {
  const waiting = new Set(p.awaitingApproval.map((m) => m.id));
  const i = pinned.findIndex((x) => waiting.has(x.mentee));
  if (i < 0) return;
  const name = (id: string) => p.names.get(id)?.name ?? 'someone';
  const x = pinned[i]!;
  const chosen = name(p.chosenBy.get(x.mentee) ?? '');
  const message = `${name(x.mentee)} chose ${chosen} themselves and ${chosen} said yes; that match waits for your approval on the Self-service tab`;
  throw conflict('awaiting_approval', `${message}. Approve or decline it there, or unpin the pair, then run again.`, [{ path: `pinned.${i}.mentee`, message }]);
}

function checkPairs(p: Participants, pairs: PairRef[], path: 'pinned' | 'forbidden') {
  const menteeIds = new Set(p.eligible.map((m) => m.id));
  const mentorIds = new Set(p.mentors.map((m) => m.member.id));
  const errors = pairs.flatMap((pair, i) => [
    ...(menteeIds.has(pair.mentee) ? [] : [{ path: `${path}.${i}.mentee`, message: 'Not a mentee of this run (in this cohort, with consent if a minor)' }]),
    ...(mentorIds.has(pair.mentor) ? [] : [{ path: `${path}.${i}.mentor`, message: 'Not a mentor of this run (no application, or a failed background check)' }]),
  ]);
  if (errors.length) throw badRequest(`${errors[0]!.path}: ${errors[0]!.message}`, errors);
}

const key = (p: PairRef) => `${p.mentee}|${p.mentor}`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The engine names people by member id; coordinators read names. */
const withNames = (text: string, names: Map<string, { name: string }>) => text.replace(UUID, (id) => names.get(id)?.name ?? id);

export async function runMatch(db: Db, userId: string, programId: string, cohortId: string, given: z.output<typeof runMatchBody>, now: Date) {
  // A program on self-service alone has no coordinator's run; otherwise mentees' own choices are pinned.
  await assertRunAllowed(db, programId);
  const body = withSelfServicePins(given, await selfServicePins(db, cohortId));
  const p = await participants(db, programId, cohortId, now);
  refuseWaitingPins(p, body.pinned);
  checkPairs(p, body.pinned, 'pinned');
  checkPairs(p, body.forbidden, 'forbidden');
  const forbidden = new Set(body.forbidden.map(key));
  const clash = body.pinned.findIndex((x) => forbidden.has(key(x)));
  if (clash >= 0) throw badRequest(`pinned.${clash}: This pair is also forbidden`, [{ path: `pinned.${clash}`, message: 'This pair is also forbidden' }]);
  const seen = new Set<string>();
  body.pinned.forEach((x, i) => {
    if (seen.has(x.mentee)) throw badRequest(`pinned.${i}.mentee: A mentee can be pinned to one mentor only`, [{ path: `pinned.${i}.mentee`, message: 'A mentee can be pinned to one mentor only' }]);
    seen.add(x.mentee);
  });

  // Someone who is both a mentee and a mentor here has two member ids; they are never their own mentor.
  const mentorIdOfUser = new Map(p.mentors.map((m) => [m.member.userId, m.member.id]));
  const menteeProfiles = p.eligible.map((m) => {
    const profile = menteeProfile(m, now);
    const self = mentorIdOfUser.get(m.userId);
    return self ? { ...profile, excludedMentors: [...(profile.excludedMentors ?? []), self] } : profile;
  });
  const mentorProfiles = p.mentors.map((m) => mentorProfile({ ...m.application, id: m.member.id, capacity: m.capacity, screened: m.screened }, now));
  const last = await mq.latestRun(db, cohortId);
  const present = new Set([...p.eligible.map((m) => m.id), ...p.mentors.map((m) => m.member.id)]);
  const previous = body.stable && last ? last.result.pairs.filter((x) => present.has(x.mentee) && present.has(x.mentor) && !forbidden.has(key(x))).map(({ mentee, mentor }) => ({ mentee, mentor })) : [];
  const weights = { ...DEFAULT_WEIGHTS, ...body.weights };
  const rules: HardRules = {};
  const instance = scoreProfiles({ mentees: menteeProfiles, mentors: mentorProfiles }, weights, rules, [...body.pinned, ...previous]);

  // A pin must pass the hard rules too: a coordinator cannot pin a minor to an unscreened mentor.
  const edges = new Set(instance.edges.map(key));
  body.pinned.forEach((x, i) => {
    if (edges.has(key(x))) return;
    const me = menteeProfiles.find((m) => m.id === x.mentee)!;
    const mo = mentorProfiles.find((m) => m.id === x.mentor)!;
    const why = mo.capacity <= 0 ? 'the mentor has no capacity left' : (hardRuleViolation(me, mo, rules, new Set(me.managerId ? [me.managerId] : []), new Set()) ?? 'not a candidate pair');
    throw conflict('pin_breaks_rule', `pinned.${i}: ${p.names.get(x.mentee)?.name} cannot be paired with ${p.names.get(x.mentor)?.name}: ${why}.`, [{ path: `pinned.${i}`, message: why }]);
  });

  let result;
  try {
    result = solveMatching(instance, { mode: 'coverage', pinned: body.pinned, forbidden: body.forbidden, previous, explainTop: 3 });
  } catch (err) {
    if (err instanceof MatchingInputError) throw conflict('match_input', withNames(err.message, p.names));
    throw err;
  }
  const hasEdge = new Set(instance.edges.map((e) => e.mentee));
  const explanations = new Map((result.explanations ?? []).map((e) => [e.mentee, e.betterMentors]));
  const stored: StoredRunResult = {
    pairs: result.assignments.map((a) => ({ mentee: a.mentee, mentor: a.mentor, score: a.score, breakdown: a.breakdown ?? {}, pinned: a.pinned === true, kept: a.kept === true })),
    unmatched: [
      ...result.unmatched.map((id) => {
        const minor = p.eligible.find((m) => m.id === id)?.isMinor;
        const reason = hasEdge.has(id) ? 'Every suitable mentor is full.' : minor ? 'No screened mentor with room passes the hard rules.' : 'No mentor with room passes the hard rules.';
        return { mentee: id, reason };
      }),
      ...p.waitingForConsent.map((m) => ({ mentee: m.id, reason: 'Waiting for guardian consent.' })),
      ...p.stillMatched.map((m) => ({ mentee: m.id, reason: 'Still matched in another cohort.' })),
      ...p.awaitingApproval.map((m) => ({ mentee: m.id, reason: 'A mentor they chose said yes; waiting for your approval on the Self-service tab.' })),
    ],
    explanations: [...explanations].map(([mentee, betterMentors]) => ({ mentee, betterMentors })),
    objective: result.objective,
    warnings: [...result.warnings, ...heldWarning(p)],
    solveMs: Math.round(result.stats.totalMs * 10) / 10,
  };
  const run = await mq.insertRun(db, { cohortId, weights, pinned: body.pinned, forbidden: body.forbidden, result: stored, createdBy: userId });
  return presentRun(db, programId, run, true);
}

/** Why a mentor has fewer places in this run than their application offers, when a yes waits for approval. */
function heldWarning(p: Participants): string[] {
  const holding = p.mentors.filter((m) => m.held > 0);
  if (holding.length === 0) return [];
  const n = holding.reduce((a, m) => a + m.held, 0);
  const who = holding.map((m) => (m.held === 1 ? m.member.name : `${m.member.name} (${m.held})`)).join(', ');
  return [`${n === 1 ? '1 place is' : `${n} places are`} held for a mentor’s yes waiting for your approval (${who}); the run leaves ${n === 1 ? 'it' : 'them'} free. Approve or decline on the Self-service tab.`];
}

export async function presentRun(db: DbOrTx, programId: string, run: mq.MatchRunRow, isLatest: boolean): Promise<MatchRunResponse> {
  const p = await participants(db, programId, run.cohortId);
  const mentorInfo = new Map(p.mentors.map((m) => [m.member.id, m]));
  const person = (id: string) => {
    const m = p.names.get(id);
    return { memberId: id, name: m?.name ?? 'Removed member', isMinor: m?.isMinor ?? false };
  };
  const mentorPerson = (id: string) => ({ ...person(id), screened: mentorInfo.get(id)?.screened ?? false });
  const explanations = new Map(run.result.explanations.map((e) => [e.mentee, e.betterMentors]));
  const assigned = new Map<string, number>();
  for (const x of run.result.pairs) assigned.set(x.mentor, (assigned.get(x.mentor) ?? 0) + 1);
  const holdersOf = (mentor: string) => run.result.pairs.filter((x) => x.mentor === mentor).sort((a, b) => b.score - a.score);
  const summary = (x: StoredRunResult['pairs'][number], b: { mentor: string; score: number }) => {
    const who = person(x.mentee).name;
    const better = person(b.mentor).name;
    const holders = holdersOf(b.mentor);
    const taken = holders.length ? `taken by ${holders.map((h) => `${person(h.mentee).name} (${h.score})`).join(', ')}` : 'taken';
    return `${better} would score ${b.score} for ${who} (${x.score} now), but every slot at ${better} is ${taken}; moving ${who} there would lower the total.`;
  };
  const named = (text: string) => withNames(text, p.names);
  return {
    id: run.id,
    cohortId: run.cohortId,
    weights: run.weights,
    pinned: run.pinned,
    forbidden: run.forbidden,
    pairs: run.result.pairs
      .map((x) => ({
        mentee: person(x.mentee),
        mentor: mentorPerson(x.mentor),
        score: x.score,
        breakdown: x.breakdown,
        pinned: x.pinned,
        kept: x.kept,
        betterMentors: (explanations.get(x.mentee) ?? []).map((b) => ({ mentor: person(b.mentor), score: b.score, summary: summary(x, b), reason: named(b.reason) })),
      }))
      .sort((a, b) => a.mentee.name.localeCompare(b.mentee.name)),
    unmatched: run.result.unmatched.map((u) => ({ mentee: person(u.mentee), reason: u.reason })),
    mentors: p.mentors.map((m) => ({ ...mentorPerson(m.member.id), capacity: m.capacity, assigned: assigned.get(m.member.id) ?? 0, heldForApproval: m.held })),
    objective: run.result.objective,
    warnings: run.result.warnings,
    solveMs: run.result.solveMs,
    publishedAt: run.publishedAt?.toISOString() ?? null,
    isLatest,
    createdAt: run.createdAt.toISOString(),
  };
}

export async function latestRun(db: DbOrTx, programId: string, cohortId: string) {
  const run = await mq.latestRun(db, cohortId);
  return { run: run ? await presentRun(db, programId, run, true) : null };
}

export const cohortOfRun = (db: DbOrTx, userId: string, runId: string) => mq.cohortOfRun(db, userId, runId);

export async function getRun(db: DbOrTx, programId: string, cohortId: string, runId: string) {
  const run = await mq.findRun(db, cohortId, runId);
  if (!run) throw notFound('match run');
  const last = await mq.latestRun(db, cohortId);
  return presentRun(db, programId, run, last?.id === run.id);
}

/**
 * Publishes exactly the pairs the run holds (and the coordinator saw: `pairCount` must agree),
 * replacing the cohort's earlier matches in one transaction. Only the newest run publishes, and
 * screening is checked again: a minor is never published with a mentor who is no longer screened.
 * Each new pair becomes a mentorship in the Mentoring room (match-mentorships.ts).
 */
export async function publishRun(db: Db, programId: string, cohortId: string, runId: string, pairCount: number, now: Date) {
  return db.transaction(async (tx) => {
    const last = await mq.latestRun(tx, cohortId, true);
    if (!last || last.id !== runId) {
      if (!(await mq.findRun(tx, cohortId, runId))) throw notFound('match run');
      throw conflict('stale_run', 'A newer run exists for this cohort; publish that one instead.');
    }
    if (last.publishedAt) throw conflict('already_published', 'This run is already published.');
    if (last.result.pairs.length !== pairCount) throw conflict('pairs_changed', 'The run holds a different set of pairs than the one shown; reload it before publishing.');
    await assertRunKeepsSelfService(tx, cohortId, last.result.pairs);
    const p = await participants(tx, programId, cohortId, now);
    const mentors = new Map(p.mentors.map((m) => [m.member.id, m]));
    const eligible = new Set(p.eligible.map((m) => m.id));
    const assigned = new Map<string, number>();
    for (const pair of last.result.pairs) assigned.set(pair.mentor, (assigned.get(pair.mentor) ?? 0) + 1);
    for (const pair of last.result.pairs) {
      if ((assigned.get(pair.mentor) ?? 0) > (mentors.get(pair.mentor)?.capacity ?? 0)) {
        throw conflict('run_outdated', `Since this run, a mentor said yes to a mentee's own request and that place waits for your approval; run the match again.`);
      }
      const mentee = p.names.get(pair.mentee);
      const mentor = mentors.get(pair.mentor);
      const chosen = p.chosenBy.get(pair.mentee);
      if (mentee && chosen && !eligible.has(pair.mentee)) {
        const who = p.names.get(chosen)?.name ?? 'a mentor';
        throw conflict('run_outdated', `Since this run, ${mentee.name} chose ${who} themselves and ${who} said yes; that match waits for your approval on the Self-service tab. Run the match again: it leaves ${mentee.name} out until you decide.`);
      }
      if (!mentee || !mentor || !eligible.has(pair.mentee) || (mentee.isMinor && !mentor.screened)) {
        throw conflict('run_outdated', 'People or screening changed since this run (a mentor is no longer screened or available, or a mentee left); run the match again.');
      }
    }
    // A pair kept from the last publish keeps its mentorship; a removed pair's is ended, a new pair's opened.
    const before = await q.matchesOfProgram(tx, programId, { cohortId });
    const earlier = new Map(before.map((m) => [key({ mentee: m.menteeMemberId, mentor: m.mentorMemberId }), m]));
    const pairs = last.result.pairs.map((x) => ({ ...x, mentorshipId: earlier.get(key(x))?.mentorshipId ?? null, mentorshipOpened: earlier.get(key(x))?.mentorshipOpened ?? false }));
    const kept = new Set(pairs.map(key));
    await q.replaceCohortMatches(tx, programId, cohortId, runId, pairs, now);
    await closeRequestsOfMatched(tx, programId, pairs.map((x) => x.mentee), now);
    await endMentorshipsForMatches(tx, programId, before.filter((m) => !kept.has(key({ mentee: m.menteeMemberId, mentor: m.mentorMemberId }))), now);
    const opened = await openMentorshipsForMatches(tx, programId, pairs.filter((x) => !x.mentorshipId).map((x) => ({ menteeMemberId: x.mentee, mentorMemberId: x.mentor })), now);
    const links = new Map(opened.map((o) => [key({ mentee: o.menteeMemberId, mentor: o.mentorMemberId }), o.mentorshipId]));
    await mq.markPublished(tx, runId, now);
    await tellMatchesPublished(tx, programId, runId, pairs.map((x) => ({ mentee: x.mentee, mentor: x.mentor, mentorshipId: x.mentorshipId ?? links.get(key(x)) ?? null })));
    return presentRun(tx, programId, { ...last, publishedAt: now }, true);
  });
}

export async function listMatches(db: DbOrTx, programId: string, cohortId: string) {
  const rows = await q.matchesOfProgram(db, programId, { cohortId });
  const people = new Map((await q.membersByIds(db, programId, [...new Set(rows.flatMap((r) => [r.menteeMemberId, r.mentorMemberId]))])).map((m) => [m.id, m]));
  const person = (id: string) => ({ memberId: id, name: people.get(id)?.name ?? 'Removed member', isMinor: people.get(id)?.isMinor ?? false });
  return {
    items: rows.map((r) => ({ id: r.id, cohortId: r.cohortId, mentee: person(r.menteeMemberId), mentor: person(r.mentorMemberId), score: r.score, breakdown: r.breakdown, publishedAt: r.publishedAt.toISOString() })),
    nextCursor: null,
  };
}
