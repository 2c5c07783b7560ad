import { describe, expect, it } from 'vitest';
import { insertUser, useTestDatabase } from '../../../../tests/helpers/bare-db';
import type { Db } from '../../db/client';
import { openMentorshipsForProgram } from './mentor-side-service';
import { menteeIdsByMentorship } from '../mentor-directory/mentees-service';
import { findMentorship } from './mentorships-service';
import { counting } from '../../../../tests/helpers/statement-counter';

let db: Db;
useTestDatabase((d) => (db = d));

const user = (name: string) => insertUser(db, name, 'Europe/Berlin');

const now = new Date('2026-12-01T12:00:00Z');
const wish = (menteeUserId: string, mentorUserId: string) => ({ menteeUserId, mentorUserId, areas: ['Negotiation'], role: 'Staff engineer', industry: 'Software' });

/** Opens these new pairs inside a transaction, counting the statements; answers the count and the links. */
async function open(pairs: [string, string][]) {
  return db.transaction(async (tx) => {
    const c = counting(tx as unknown as Db);
    const links = await openMentorshipsForProgram(c.db, pairs.map(([mentee, mentor]) => wish(mentee, mentor)), 'Matched in Statements', now);
    return { n: c.counter.n, links };
  });
}

describe('opening a program’s mentorships', () => {
  it('sends as many statements for five new pairs as for one', async () => {
    const one = await open([[await user('Ann'), await user('Mo')]]);
    const mentors = [await user('Lu'), await user('Vi')];
    const five: [string, string][] = [];
    for (let i = 0; i < 5; i++) five.push([await user(`Mentee ${i}`), mentors[i % 2]!]);
    const many = await open(five);

    expect(many.links).toHaveLength(5);
    expect(many.links.every((l) => l.opened)).toBe(true);
    for (const [i, [mentee, mentor]] of five.entries()) {
      expect(await findMentorship(db, mentee, many.links[i]!.mentorshipId)).toMatchObject({ mentorUserId: mentor, kind: 'shepherd' });
      expect((await menteeIdsByMentorship(db, mentor, [many.links[i]!.mentorshipId])).size).toBe(1);
    }
    expect(many.n).toBe(one.n);
  });
});
