import type { Db } from '../../db/client';
import { randomToken } from '../../auth/secrets';
import { ProblemError } from '../../errors';
import { createUser } from '../accounts/service';
import { createCohort, createOrganization, createProgram } from '../programs/programs-service';
import { addMemberForDemo } from '../programs/service';
import { eventContext } from '../events/context';
import { addPeopleMet } from '../events/people-met-service';
import { findContact, updateContact } from '../network/contacts-service';
import * as eq from '../events/queries';
import { DEMO_EMAIL_DOMAIN, findDemoUserId } from './demo-queries';
import type { DemoSeeder } from './demo-seeders';

/**
 * The demo's events: the demo user coordinates a young-professionals program with an upcoming
 * mixer they are going to, a full workshop with a waitlist, and two past events with check-ins.
 * At the past panel they were checked in with people who agreed to be listed; one of them is
 * already in their network, the others wait under "People you met". Members are shared demo
 * people (made once per install), like the mentor directory's.
 */
const PEOPLE = [
  { key: 'amara', name: 'Amara Okafor', role: 'mentor' as const, listed: true },
  { key: 'jun', name: 'Jun Watanabe', role: 'mentor' as const, listed: true },
  { key: 'sofia', name: 'Sofia Marchetti', role: 'mentee' as const, listed: true },
  { key: 'dev', name: 'Dev Patel', role: 'mentee' as const, listed: true },
  { key: 'hanna', name: 'Hanna Berg', role: 'mentee' as const, listed: false },
  { key: 'leo', name: 'Leo Duarte', role: 'mentor' as const, listed: true },
  { key: 'nia', name: 'Nia Thompson', role: 'mentee' as const, listed: true },
  { key: 'omar', name: 'Omar Haddad', role: 'mentee' as const, listed: false },
];
const emailOf = (key: string) => `events-${key}@${DEMO_EMAIL_DOMAIN}`;

async function sharedUser(tx: Db, key: string, name: string) {
  const found = await findDemoUserId(tx, emailOf(key));
  if (found) return found;
  try {
    return (await createUser(tx, { email: emailOf(key), name, password: randomToken(18), timezone: 'America/New_York' })).id;
  } catch (err) {
    const again = err instanceof ProblemError && err.code === 'email_taken' ? await findDemoUserId(tx, emailOf(key)) : null;
    if (!again) throw err;
    return again;
  }
}

const days = (now: Date, n: number, hour = 18) => {
  const d = new Date(now.getTime() + n * 86_400_000);
  d.setUTCHours(hour + 5, 0, 0, 0); // 18:00 in New York (winter)
  return d;
};

export const eventsSeeder: DemoSeeder = {
  name: 'events',
  async seed(ctx) {
    const tx = ctx.tx as unknown as Db;
    const { now, userId } = ctx;
    const org = await createOrganization(tx, userId, 'Step Up Women’s Network');
    const program = await createProgram(tx, userId, org.id, { name: 'Women in Tech meet-ups', description: 'Panels, workshops and mixers for women in their first ten years of work.', participantsAreMinors: false });
    const cohort = await createCohort(tx, program.id, { name: 'Spring cohort', startsOn: days(now, -60).toISOString().slice(0, 10), endsOn: days(now, 120).toISOString().slice(0, 10) });
    const people: { userId: string; memberId: string; listed: boolean }[] = [];
    for (const p of PEOPLE) {
      const uid = await sharedUser(tx, p.key, p.name);
      const memberId = await addMemberForDemo(tx, { programId: program.id, userId: uid, role: p.role, cohortId: p.role === 'mentee' ? cohort.id : null });
      people.push({ userId: uid, memberId: memberId!, listed: p.listed });
    }
    const base = { programId: program.id, timeZone: 'America/New_York', region: 'New York City', createdBy: userId, audienceRoles: [] as string[] };
    const rsvp = (eventId: string, who: { userId: string; listed: boolean }, status = 'going') =>
      eq.upsertRsvp(tx, { eventId, userId: who.userId, status, listed: who.listed, respondedBy: who.userId, waitlistedAt: status === 'waitlisted' ? now : null });
    const me = { userId, listed: true };

    // Two past events: the panel the demo user attended, and an open house for the chart.
    const openHouse = await eq.insertEvent(tx, { ...base, title: 'Autumn open house', kind: 'open_house', description: 'Meet the program, its mentors and last year’s mentees.', startsAt: days(now, -49), endsAt: days(now, -49, 20), location: 'Step Up office, 510 Fifth Ave', capacity: 60 });
    for (const p of people.slice(0, 6)) await rsvp(openHouse.id, p);
    for (const p of [...people.slice(0, 4), people[7]!]) await eq.insertCheckIn(tx, { eventId: openHouse.id, userId: p.userId, walkIn: p === people[7], checkedInBy: userId });

    const panel = await eq.insertEvent(tx, { ...base, title: 'Career paths panel', kind: 'panel', description: 'Four women on the turns their careers took, and what they would do differently.', startsAt: days(now, -12), endsAt: days(now, -12, 20), location: 'Public library, Room 3', capacity: 40 });
    await rsvp(panel.id, me);
    for (const p of people.slice(0, 7)) await rsvp(panel.id, p);
    for (const p of [me, ...people.slice(0, 5), people[7]!]) await eq.insertCheckIn(tx, { eventId: panel.id, userId: p.userId, walkIn: p === people[7], checkedInBy: userId });
    const panelCtx = await eventContext(tx, userId, panel.id);
    if (panelCtx) {
      // Like every demo contact, the person met gets a circle (the network overview charts them all).
      const added = await addPeopleMet(tx, panelCtx, [people[0]!.memberId]);
      const row = await findContact(tx, userId, added.contactIds[0]!);
      if (row) await updateContact(tx, row, { circle: 'industry_peer' });
    }

    // Upcoming: the mixer the demo user is going to, and a full workshop with a waitlist.
    const mixer = await eq.insertEvent(tx, { ...base, title: 'Spring networking mixer', kind: 'mixer', description: 'Drinks, name tags and a few prompts to get talking. Bring a friend from the program.', startsAt: days(now, 9), endsAt: days(now, 9, 21), location: 'Rooftop at The Standard, 848 Washington St', capacity: 50, rsvpDeadline: days(now, 7) });
    await rsvp(mixer.id, me);
    for (const p of people.slice(0, 5)) await rsvp(mixer.id, p);
    const workshop = await eq.insertEvent(tx, { ...base, title: 'Negotiating your first raise', kind: 'workshop', description: 'A hands-on workshop: research, the ask, and the follow-up.', startsAt: days(now, 16), endsAt: days(now, 16, 20), location: null, onlineUrl: 'https://meet.example.org/negotiation', capacity: 4, audienceRoles: ['mentee', 'coordinator'], audienceCohortId: cohort.id });
    for (const p of people.filter((_, i) => PEOPLE[i]!.role === 'mentee').slice(0, 4)) await rsvp(workshop.id, p);
    await rsvp(workshop.id, people[7]!, 'waitlisted');
  },
};
