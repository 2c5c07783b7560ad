import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PglitePreparedQuery } from 'drizzle-orm/pglite';
import { NodePgPreparedQuery } from 'drizzle-orm/node-postgres';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { MatchRunResponse } from '../../../domain/programs/api';
import type { MenteeSummary } from '../../../domain/mentor-directory/api';
import { inboxOf } from '../inbox/test-support';
import { application, joinAs, okJson, person, programOf } from './test-support';

let t: TestContext;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  coord = await person(t, 'Cora Coordinator');
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);

/**
 * Counts every statement Drizzle sends while `run` runs, on the pool and inside transactions alike
 * (as tests/bench/programs/health-and-publish.ts does): each goes through a prepared query.
 */
async function statementsOf(run: () => Promise<unknown>) {
  let n = 0;
  const patched: [Record<string, unknown>, string, unknown][] = [];
  for (const proto of [PglitePreparedQuery.prototype, NodePgPreparedQuery.prototype] as unknown as Record<string, (...a: unknown[]) => unknown>[]) {
    for (const name of ['execute', 'all']) {
      const original = proto[name]!;
      patched.push([proto, name, original]);
      proto[name] = function (this: unknown, ...args: unknown[]) {
        n += 1;
        return original.apply(this, args);
      };
    }
  }
  try {
    await run();
  } finally {
    for (const [proto, name, original] of patched) proto[name] = original;
  }
  return n;
}

/** A program with `size` mentees each pinned to a mentor of their own; answers the publish's statement count. */
async function publishPairs(size: number) {
  const { programId, cohortId } = await programOf(t, coord);
  const mentors: Session[] = [];
  const pinned: { mentee: string; mentor: string }[] = [];
  for (let i = 0; i < size; i++) {
    const mentor = await person(t, `Mentor ${size}-${i}`);
    const mentorId = await joinAs(t, coord, programId, mentor, 'mentor');
    await ok(mentor, 'PUT', `/programs/${programId}/application`, application({ capacity: 1, jobRole: 'Staff engineer', industries: ['Software'] }));
    const mentee = await person(t, `Mentee ${size}-${i}`);
    pinned.push({ mentee: await joinAs(t, coord, programId, mentee, 'mentee', { cohortId }), mentor: mentorId });
    mentors.push(mentor);
  }
  const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, { pinned }, 201);
  expect(run.pairs).toHaveLength(size);
  const n = await statementsOf(() => ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: size }));
  // Every pair opened: the mentor has the mentee on My mentees and an item linking to it.
  for (const m of mentors) {
    const mine = (await ok<{ items: MenteeSummary[] }>(m, 'GET', '/my-mentees')).items;
    expect(mine).toHaveLength(1);
    expect((await inboxOf(t, m))[0]!.link).toBe(`/mentoring/mentees/${mine[0]!.id}`);
  }
  return n;
}

describe('publishing a run', () => {
  it('sends as many statements for five pairs as for one', async () => {
    const one = await publishPairs(1);
    const five = await publishPairs(5);
    expect(five).toBe(one);
  });
});
