import { describe, expect, it } from 'vitest';
import { insertUser, useTestDatabase } from '../../../../tests/helpers/bare-db';
import type { Db } from '../../db/client';
import { reviseAgreement } from './agreements-service';
import { healthOf } from './health-service';
import { createMeeting } from './meetings-service';
import { openMentorshipsForProgram, linkMentor } from './mentor-side-service';
import { findMentorship, updateMentorship } from './mentorships-service';
import { programMentorshipSummaries, type MentorshipPair } from './program-summary-service';
import { menteeIdsByMentorship } from '../mentor-directory/mentees-service';
import { findContact } from '../network/contacts-service';
import { counting } from '../../../../tests/helpers/statement-counter';

let db: Db;
useTestDatabase((d) => (db = d));

const user = (name: string, timezone: string) => insertUser(db, name, timezone, 'summary.test');

// 23:30 UTC: already tomorrow in Tokyo and on Kiritimati (UTC+14), still today in Los Angeles.
const now = new Date('2026-12-01T23:30:00Z');

async function mentorship(menteeUserId: string, mentorUserId: string, v: { startedOn: string; meetings?: string[]; cadence?: string; status?: 'paused' }) {
  const id = await db.transaction((tx) => linkMentor(tx, menteeUserId, { mentorUserId, kind: 'shepherd', areas: ['Leadership'], role: null, industry: null, now }));
  await updateMentorship(db, menteeUserId, id, { startedOn: v.startedOn, ...(v.status ? { status: v.status } : {}) } as never, now);
  for (const heldOn of v.meetings ?? []) await createMeeting(db, menteeUserId, id, { heldOn, actionItems: [] } as never, now);
  if (v.cadence) await reviseAgreement(db, menteeUserId, id, { cadence: v.cadence } as never, '2026-11-01', now);
  return { mentorshipId: id, menteeUserId, mentorUserId };
}

describe('the programs room’s mentorship summaries', () => {
  it('give every match the same figures and quiet flag as the per-mentee health, in the mentee’s own time zone, in a fixed number of statements', async () => {
    const mo = await user('Mo Mentor', 'Europe/Berlin');
    const lu = await user('Lu Mentor', 'UTC');
    const ann = await user('Ann Tokyo', 'Asia/Tokyo');
    const ben = await user('Ben Los Angeles', 'America/Los_Angeles');
    const cy = await user('Cy Kiritimati', 'Pacific/Kiritimati');
    const dee = await user('Dee UTC', 'UTC');
    const pairs: MentorshipPair[] = [
      await mentorship(ann, mo, { startedOn: '2026-10-01' }), // nothing since: quiet
      await mentorship(ann, lu, { startedOn: '2026-10-01', meetings: ['2026-11-28'] }), // met lately
      await mentorship(ben, mo, { startedOn: '2026-11-01', meetings: ['2026-11-15'], cadence: 'Every week' }), // weekly (quiet after 11 days), 16 days: quiet
      await mentorship(cy, lu, { startedOn: '2026-10-01', meetings: ['2026-10-15', '2026-12-02'] }), // met today, Kiritimati time
      await mentorship(dee, mo, { startedOn: '2026-06-01', status: 'paused' }), // paused: never quiet
    ];

    const together = await programMentorshipSummaries(db, pairs, now);
    expect(pairs.map((p) => together.get(p.mentorshipId)?.quiet)).toEqual([true, false, true, false, false]);
    expect(together.get(pairs[3]!.mentorshipId)).toMatchObject({ lastMeetingOn: '2026-12-02', lastActivityOn: '2026-12-02', meetingsLast30Days: 1, meetingsLast90Days: 2, daysSinceActivity: 0 });
    // Tokyo's today is 2 December: 62 days since 1 October (61 in UTC).
    expect(together.get(pairs[0]!.mentorshipId)).toMatchObject({ lastActivityOn: '2026-10-01', daysSinceActivity: 62, quietWeeks: 8 });

    // The per-mentee path: one pair at a time, and the mentoring room's own healthOf per mentee.
    for (const p of pairs) {
      expect((await programMentorshipSummaries(db, [p], now)).get(p.mentorshipId)).toEqual(together.get(p.mentorshipId));
    }
    for (const mentee of [ann, ben, cy, dee]) {
      const mine = pairs.filter((p) => p.menteeUserId === mentee);
      const rows = await Promise.all(mine.map(async (p) => (await findMentorship(db, mentee, p.mentorshipId))!));
      const health = await healthOf(db, mentee, rows, now);
      for (const p of mine) {
        const h = health.get(p.mentorshipId)!;
        const s = together.get(p.mentorshipId)!;
        expect({ quiet: s.quiet, quietWeeks: s.quietWeeks, daysSinceActivity: s.daysSinceActivity, lastActivityOn: s.lastActivityOn }).toEqual({ quiet: h.quiet, quietWeeks: h.quietWeeks, daysSinceActivity: h.quietDays, lastActivityOn: h.lastActivityOn });
      }
    }

    // A pair whose mentorship is not that mentee's is left out.
    expect((await programMentorshipSummaries(db, [{ ...pairs[0]!, menteeUserId: ben }], now)).size).toBe(0);

    const one = counting(db);
    await programMentorshipSummaries(one.db, pairs.slice(0, 1), now);
    const all = counting(db);
    await programMentorshipSummaries(all.db, pairs, now);
    expect(all.counter.n).toBe(one.counter.n);
  });
});

describe('opening a program’s mentorships in one go', () => {
  it('reuses an open mentorship with that mentor, links new ones as shepherd with the program on the contact, and puts every mentee on the mentor’s My mentees', async () => {
    const mo = await user('Mo Mentor', 'Europe/Berlin');
    const lu = await user('Lu Mentor', 'UTC');
    const ann = await user('Ann Tokyo', 'Asia/Tokyo');
    const ben = await user('Ben Los Angeles', 'America/Los_Angeles');
    const cy = await user('Cy Kiritimati', 'Pacific/Kiritimati');
    const kept = await db.transaction((tx) => linkMentor(tx, ann, { mentorUserId: mo, kind: 'guardian_angel', areas: ['Old'], role: null, industry: null, now }));
    const closed = await db.transaction((tx) => linkMentor(tx, ben, { mentorUserId: mo, kind: 'shepherd', areas: [], role: null, industry: null, now }));
    await updateMentorship(db, ben, closed, { status: 'closed' } as never, now);
    const wish = (menteeUserId: string, mentorUserId: string) => ({ menteeUserId, mentorUserId, areas: ['public speaking', 'Negotiation'], role: 'Staff engineer', industry: 'Software' });

    const links = await db.transaction((tx) => openMentorshipsForProgram(tx, [wish(ann, mo), wish(ben, mo), wish(cy, lu), wish(cy, lu)], 'Matched in Young professionals', now));

    expect(links[0]).toEqual({ mentorshipId: kept, opened: false });
    expect(links[1]!.opened).toBe(true);
    expect(links[1]!.mentorshipId).not.toBe(closed);
    expect(links[2]!.opened).toBe(true);
    // The same pair twice: the second reuses what the first opened, as one after the other would.
    expect(links[3]).toEqual({ mentorshipId: links[2]!.mentorshipId, opened: false });

    const cyM = (await findMentorship(db, cy, links[2]!.mentorshipId))!;
    // Started on the mentee's own today: 2 December on Kiritimati.
    expect(cyM).toMatchObject({ userId: cy, mentorUserId: lu, kind: 'shepherd', status: 'active', startedOn: '2026-12-02' });
    const benM = (await findMentorship(db, ben, links[1]!.mentorshipId))!;
    expect(benM).toMatchObject({ mentorUserId: mo, kind: 'shepherd', startedOn: '2026-12-01' });
    const reference = await db.transaction((tx) => linkMentor(tx, ben, { mentorUserId: lu, kind: 'shepherd', areas: ['public speaking', 'Negotiation'], role: null, industry: null, now }));
    expect(benM.areas).toEqual((await findMentorship(db, ben, reference))!.areas);
    expect(await findContact(db, cy, cyM.contactId)).toMatchObject({ displayName: 'Lu Mentor', title: 'Staff engineer', industry: 'Software', circle: 'mentor', howWeMet: 'Matched in Young professionals' });
    expect((await findContact(db, cy, cyM.contactId))!.emails).toEqual([{ label: 'work', value: `${lu}@summary.test` }]);
    // The kept mentorship is untouched.
    expect((await findMentorship(db, ann, kept))!).toMatchObject({ kind: 'guardian_angel', areas: ['Old'] });

    const moMentees = await menteeIdsByMentorship(db, mo, [kept, links[1]!.mentorshipId]);
    expect(moMentees.size).toBe(2);
    expect((await menteeIdsByMentorship(db, lu, [links[2]!.mentorshipId])).size).toBe(1);

    // Again: everything is reused, nothing is added twice.
    const again = await db.transaction((tx) => openMentorshipsForProgram(tx, [wish(ann, mo), wish(ben, mo), wish(cy, lu)], 'Matched in Young professionals', now));
    expect(again).toEqual([{ mentorshipId: kept, opened: false }, { mentorshipId: links[1]!.mentorshipId, opened: false }, { mentorshipId: links[2]!.mentorshipId, opened: false }]);
    expect(await menteeIdsByMentorship(db, mo, [kept, links[1]!.mentorshipId])).toEqual(moMentees);
  });
});
