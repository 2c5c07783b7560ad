import { describe, expect, it } from 'vitest';
import { insertUser, useTestDatabase } from '../../../../tests/helpers/bare-db';
import type { Db } from '../../db/client';
import { linkMentor } from '../mentoring/mentor-side-service';
import { addMenteeForMentor, addMenteesForMentors, findMentee, menteeIdsByMentorship, menteeIdsOfPairs } from './mentees-service';

let db: Db;
useTestDatabase((d) => (db = d));

const now = new Date('2026-12-01T12:00:00Z');
const user = (name: string) => insertUser(db, name);
const link = (mentee: string, mentor: string) => db.transaction((tx) => linkMentor(tx, mentee, { mentorUserId: mentor, kind: 'shepherd', areas: [], role: null, industry: null, now }));
/** A My mentees row without what differs between any two inserts. */
const shape = async (mentorUserId: string, id: string) => {
  const { id: _id, createdAt: _c, ...rest } = (await findMentee(db, mentorUserId, id))!;
  return rest;
};

describe('My mentees for many mentors at once', () => {
  it('adds the same rows as one call per mentorship, keeps rows already there, and adds a repeated one once', async () => {
    const [mo, lu, ann, ben] = [await user('Mo'), await user('Lu'), await user('Ann'), await user('Ben')];
    const [annMo, benMo, benLu, annLu] = [await link(ann, mo), await link(ben, mo), await link(ben, lu), await link(ann, lu)];
    const existing = await addMenteeForMentor(db, { mentorUserId: mo, menteeUserId: ann, mentorshipId: annMo });

    const list = [
      { mentorUserId: mo, menteeUserId: ann, mentorshipId: annMo },
      { mentorUserId: mo, menteeUserId: ben, mentorshipId: benMo },
      { mentorUserId: lu, menteeUserId: ben, mentorshipId: benLu },
      { mentorUserId: mo, menteeUserId: ben, mentorshipId: benMo },
    ];
    const ids = await db.transaction((tx) => addMenteesForMentors(tx, list));
    expect(ids[0]).toBe(existing);
    expect(ids[3]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
    expect(await menteeIdsByMentorship(db, mo, [annMo, benMo])).toEqual(new Map([[annMo, existing], [benMo, ids[1]]]));
    expect(await menteeIdsByMentorship(db, lu, [benLu])).toEqual(new Map([[benLu, ids[2]]]));

    // The single call, for comparison: the same row, and again nothing new.
    const single = await addMenteeForMentor(db, { mentorUserId: lu, menteeUserId: ann, mentorshipId: annLu });
    const [batched] = await addMenteesForMentors(db, [{ mentorUserId: lu, menteeUserId: ben, mentorshipId: benLu }]);
    expect(batched).toBe(ids[2]);
    const { mentorshipId: _a, ...one } = await shape(lu, single);
    const { mentorshipId: _b, ...many } = await shape(lu, ids[2]!);
    expect({ ...many, menteeUserId: ann }).toEqual({ ...one });
    expect(await shape(mo, ids[1]!)).toEqual({ userId: mo, menteeUserId: ben, mentorshipId: benMo, requestId: null });

    // Looked up for many mentors, each only for its own mentor.
    expect(await menteeIdsOfPairs(db, [{ mentorUserId: mo, mentorshipId: benMo }, { mentorUserId: lu, mentorshipId: benLu }, { mentorUserId: lu, mentorshipId: annMo }])).toEqual(
      new Map([[benMo, ids[1]], [benLu, ids[2]]]),
    );
    expect(await addMenteesForMentors(db, [])).toEqual([]);
  });
});
