import type { DbOrTx } from '../../db/client';
import type { PairRef } from '../../../domain/matching/index';
import { conflict, notFound } from '../../errors';
import * as sq from './self-service-queries';

/**
 * Self-service seen from the coordinator's run (matching-service.ts): mentees' own choices are
 * pinned, a self-service-only program runs no engine, and a run older than a choice is not
 * published over it.
 */

/**
 * Pairs self-service made in this cohort that are still its matches: the coordinator's next run
 * takes them as pinned pairs, so publishing it never silently undoes a mentee's choice.
 */
export async function selfServicePins(tx: DbOrTx, cohortId: string): Promise<PairRef[]> {
  return sq.selfServicePairs(tx, cohortId);
}

/**
 * The coordinator's own pins and forbidden pairs win (they are explicit, not silent): a
 * self-service pair is added unless its mentee is pinned elsewhere or the pair is forbidden.
 */
export function withSelfServicePins<B extends { pinned: PairRef[]; forbidden: PairRef[] }>(body: B, pins: PairRef[]): B {
  const forbidden = new Set(body.forbidden.map((p) => `${p.mentee}|${p.mentor}`));
  const pinnedMentees = new Set(body.pinned.map((p) => p.mentee));
  return { ...body, pinned: [...body.pinned, ...pins.filter((p) => !pinnedMentees.has(p.mentee) && !forbidden.has(`${p.mentee}|${p.mentor}`))] };
}

/**
 * In a program set to self-service only, coordinators do not run the engine; and a run made
 * before a mentee's choice must not be published over it (its pairs would replace the cohort's
 * matches).
 */
export async function assertRunAllowed(db: DbOrTx, programId: string) {
  const p = await programOf(db, programId);
  if (p.mode === 'self_service') throw conflict('self_service_only', 'Mentees choose their own mentors in this program. Set matching to “Both” on the Self-service tab to run the engine as well.');
}

export async function assertRunKeepsSelfService(tx: DbOrTx, cohortId: string, pairs: PairRef[]) {
  const kept = new Set(pairs.map((p) => `${p.mentee}|${p.mentor}`));
  const lost = (await selfServicePins(tx, cohortId)).filter((p) => !kept.has(`${p.mentee}|${p.mentor}`));
  if (lost.length) throw conflict('run_outdated', `Since this run, ${lost.length === 1 ? 'a mentee' : `${lost.length} mentees`} chose a mentor themselves; run the match again so their choices are kept.`);
}

/** The program's matching mode; 404 when there is no such program. */
export async function programOf(db: DbOrTx, programId: string) {
  const p = await sq.matchingModeOf(db, programId);
  if (!p) throw notFound('program');
  return p;
}
