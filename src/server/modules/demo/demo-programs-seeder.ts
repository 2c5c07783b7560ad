import type { Db } from '../../db/client';
import { addDays } from '../../../domain/follow-through/calendar-date';
import { todayIn } from '../../../domain/follow-through/local-time';
import { randomToken } from '../../auth/secrets';
import { ProblemError } from '../../errors';
import { createUser, getUser } from '../accounts/service';
import { putRoomItem } from '../follow-through/room-items-service';
import * as jobs from '../job-board/queries';
import * as mq from '../mentoring/queries';
import { openMentorshipsForMatches } from '../programs/match-mentorships';
import * as pq from '../programs/queries';
import { setMatchingMode } from '../programs/self-service-queries';
import { DEMO_EMAIL_DOMAIN, findDemoUserId } from './demo-queries';
import type { DemoSeeder } from './demo-seeders';

/**
 * The demo's program: the demo user coordinates "Young professionals" (and is one of its mentees,
 * so the job board's "matched to your goals" shows too). An ended cohort has alumni, one of whom now
 * mentors; the current cohort is matched (its matches are mentorships, one gone quiet); mentors have posted listings, one the demo user applied to
 * (its follow-up is on Today) and one they saved. People other than the demo user are shared demo
 * accounts, made once per install.
 */
const PEOPLE = [
  { key: 'amara', name: 'Amara Okafor', timezone: 'Europe/London' },
  { key: 'daniel', name: 'Daniel Kim', timezone: 'America/Los_Angeles' },
  { key: 'sofia', name: 'Sofia Rossi', timezone: 'Europe/Rome' },
  { key: 'lena', name: 'Lena Fischer', timezone: 'Europe/Berlin' },
  { key: 'jamal', name: 'Jamal Hughes', timezone: 'America/New_York' },
] as const;
type Key = (typeof PEOPLE)[number]['key'];

async function sharedUser(tx: Db, p: (typeof PEOPLE)[number]) {
  const email = `programs-${p.key}@${DEMO_EMAIL_DOMAIN}`;
  const found = await findDemoUserId(tx, email);
  if (found) return found;
  try {
    return (await createUser(tx, { email, name: p.name, password: randomToken(18), timezone: p.timezone })).id;
  } catch (err) {
    const again = err instanceof ProblemError && err.code === 'email_taken' ? await findDemoUserId(tx, email) : null;
    if (!again) throw err;
    return again;
  }
}

const MENTOR_APP = (skills: string[], industries: string[], jobRole: string, languages: string[], timeZone: string) => ({
  motivation: 'I had a mentor who opened doors for me; this is my turn.',
  skills,
  industries,
  jobRole,
  languages,
  availability: 'Two evenings a month',
  timeZone,
  preferredStages: [],
  capacity: 2,
  backgroundCheck: 'cleared',
  trainingCompletedOn: '2025-09-01',
  references: [{ name: 'A former manager', contacted: true, ok: true }],
});

/**
 * The current cohort's matches are mentorships, as publishing makes them: the demo user's with
 * Amara meets every few weeks and has goals shared with it; Jamal's with Daniel has gone quiet, so the Health
 * tab has one quiet match to show. (The ended cohort is left without: its mentees are shared demo
 * accounts, and a mentorship per generated demo would pile up in their networks.) Jamal's is
 * opened once per install; later demos reuse it and add nothing to it.
 */
async function seedMatchMentorships(tx: Db, userId: string, programId: string, m: { me: string; amara: string; jamal: string; daniel: string }, now: Date, today: string) {
  const links = await openMentorshipsForMatches(tx, programId, [
    { menteeMemberId: m.me, mentorMemberId: m.amara },
    { menteeMemberId: m.jamal, mentorMemberId: m.daniel },
  ], now);
  const mine = links.find((l) => l.menteeMemberId === m.me);
  if (mine?.opened) {
    await mq.updateMentorship(tx, userId, mine.mentorshipId, { startedOn: addDays(today, -50) });
    for (const [days, agenda] of [[-45, 'Getting to know each other; what a product manager does all day'], [-24, 'Your first discovery interview: how did it go?'], [-6, 'Roadmap review and the APM application']] as const) {
      await mq.insertMeeting(tx, userId, { mentorshipId: mine.mentorshipId, heldOn: addDays(today, days), agenda, notes: null });
    }
    // The demo user's goals (from the mentoring seeder) are shared with the program mentor too.
    const goals = await mq.listGoals(tx, userId);
    for (const g of goals.slice(0, 2)) {
      const shares = await mq.listShares(tx, userId, { goalIds: [g.id] });
      await mq.replaceShares(tx, g.id, [...shares.map((x) => x.mentorshipId), mine.mentorshipId]);
    }
  }
  const jamals = links.find((l) => l.menteeMemberId === m.jamal);
  if (jamals?.opened) {
    const jamalUserId = (await pq.membersByIds(tx, programId, [m.jamal]))[0]!.userId;
    await mq.updateMentorship(tx, jamalUserId, jamals.mentorshipId, { startedOn: addDays(today, -70) });
    await mq.insertMeeting(tx, jamalUserId, { mentorshipId: jamals.mentorshipId, heldOn: addDays(today, -66), agenda: 'First meeting', notes: null });
  }
}

export const programsSeeder: DemoSeeder = {
  name: 'programs',
  async seed(ctx) {
    const tx = ctx.tx as unknown as Db;
    const today = todayIn((await getUser(tx, ctx.userId)).timezone, ctx.now);
    const ids = {} as Record<Key, string>;
    for (const p of PEOPLE) ids[p.key] = await sharedUser(tx, p);

    const org = await pq.insertOrganization(tx, ctx.userId, 'Bridgeway Mentoring');
    const program = await pq.insertProgram(tx, org.id, { name: 'Young professionals', description: 'Six-month mentoring for people in their first five years of work.', participantsAreMinors: false });
    // Mentees may also choose their mentor here (self-service), while the coordinator still runs the match.
    await setMatchingMode(tx, program.id, 'both');
    const ended = await pq.insertCohort(tx, program.id, { name: 'Autumn cohort', startsOn: addDays(today, -300), endsOn: addDays(today, -120) });
    const current = await pq.insertCohort(tx, program.id, { name: 'Winter cohort', startsOn: addDays(today, -60), endsOn: addDays(today, 120) });

    const member = async (userId: string, role: string, extra: Partial<Parameters<typeof pq.insertMember>[1]> = {}) => (await pq.insertMember(tx, { programId: program.id, userId, role, ...extra }))!;
    const coordinator = await member(ctx.userId, 'coordinator');
    const amara = await member(ids.amara, 'mentor');
    const daniel = await member(ids.daniel, 'mentor');
    const sofiaMentor = await member(ids.sofia, 'mentor');
    await pq.upsertApplication(tx, program.id, amara.id, MENTOR_APP(['Product strategy', 'Public speaking'], ['Health care'], 'Head of product', ['English', 'Yoruba'], 'Europe/London'));
    await pq.upsertApplication(tx, program.id, daniel.id, MENTOR_APP(['Data analysis', 'Leadership'], ['Software'], 'Engineering manager', ['English', 'Korean'], 'America/Los_Angeles'));
    await pq.upsertApplication(tx, program.id, sofiaMentor.id, MENTOR_APP(['Career change', 'Product strategy'], ['Design'], 'Product designer', ['Italian', 'English'], 'Europe/Rome'));
    const sofia = await member(ids.sofia, 'mentee', { cohortId: ended.id });
    const lena = await member(ids.lena, 'mentee', { cohortId: ended.id });
    const jamal = await member(ids.jamal, 'mentee', { cohortId: current.id });
    const me = await member(ctx.userId, 'mentee', { cohortId: current.id });
    await pq.updateMember(tx, program.id, me.id, { growthAreas: ['Product strategy', 'Leadership'], preferredIndustries: ['Health care'], preferredRoles: ['Product manager'], languages: ['English'], timeZone: 'Europe/London', stage: 'early_career' });
    // Profiles like the coordinator's invitations collect, so a run on the Match tab shows its reasons.
    await pq.updateMember(tx, program.id, jamal.id, { growthAreas: ['Data analysis', 'Public speaking'], preferredIndustries: ['Software'], languages: ['English'], timeZone: 'America/New_York', stage: 'early_career' });
    await pq.updateMember(tx, program.id, sofia.id, { growthAreas: ['Product strategy'], preferredIndustries: ['Health care'], languages: ['Italian', 'English'], timeZone: 'Europe/Rome', stage: 'career_changer' });
    await pq.updateMember(tx, program.id, lena.id, { growthAreas: ['Leadership', 'Data analysis'], preferredIndustries: ['Software'], languages: ['German', 'English'], timeZone: 'Europe/Berlin', stage: 'early_career' });
    const at = new Date(ctx.now.getTime() - 50 * 86_400_000);
    await pq.replaceCohortMatches(tx, program.id, ended.id, null as unknown as string, [
      { mentee: sofia.id, mentor: amara.id, score: 82, breakdown: {} },
      { mentee: lena.id, mentor: daniel.id, score: 74, breakdown: {} },
    ], new Date(ctx.now.getTime() - 290 * 86_400_000));
    await pq.replaceCohortMatches(tx, program.id, current.id, null as unknown as string, [
      { mentee: jamal.id, mentor: daniel.id, score: 77, breakdown: {} },
      { mentee: me.id, mentor: amara.id, score: 88, breakdown: {} },
    ], at);
    await seedMatchMentorships(tx, ctx.userId, program.id, { me: me.id, amara: amara.id, jamal: jamal.id, daniel: daniel.id }, ctx.now, today);

    const post = (posterMemberId: string, v: Omit<Parameters<typeof jobs.insertListing>[1], 'programId' | 'posterMemberId'>) =>
      jobs.insertListing(tx, { programId: program.id, posterMemberId, approvedAt: ctx.now, approvedBy: ctx.userId, ...v });
    const pm = await post(amara.id, {
      title: 'Associate product manager',
      organization: 'Careline Health',
      kind: 'job',
      location: 'London',
      remote: true,
      link: 'https://example.org/careers/apm',
      description: 'Join the patient-app team: discovery interviews, a roadmap you help write, weekly releases. Tell them Amara sent you.',
      tags: ['Product strategy', 'Health care'],
      closesOn: addDays(today, 21),
    });
    const talk = await post(daniel.id, {
      title: 'Shadow a quarterly planning day',
      organization: 'Nimbus Software',
      kind: 'shadow_day',
      location: 'Seattle',
      remote: false,
      link: null,
      description: 'Sit in on how an engineering org sets its priorities. Lunch included; ask Daniel for a date.',
      tags: ['Leadership'],
      closesOn: addDays(today, 45),
    });
    await post(sofiaMentor.id, {
      title: 'Junior UX researcher',
      organization: 'Studio Verde',
      kind: 'internship',
      location: 'Milan',
      remote: false,
      link: 'https://example.org/verde/jobs',
      description: 'Six-month paid internship in a small design studio.',
      tags: ['User research', 'Design'],
      closesOn: addDays(today, 30),
    });
    await post(coordinator.id, {
      title: 'Volunteer: run a CV clinic',
      organization: 'Bridgeway Mentoring',
      kind: 'volunteer',
      location: null,
      remote: true,
      link: null,
      description: 'Two hours on a Saturday helping school leavers with their first CV.',
      tags: ['Public speaking', 'Coaching'],
      closesOn: null,
    });
    await post(daniel.id, {
      title: 'Data apprenticeship',
      organization: 'Nimbus Software',
      kind: 'apprenticeship',
      location: 'Remote (US)',
      remote: true,
      link: null,
      description: 'Filled — thanks to everyone who applied.',
      tags: ['Data analysis'],
      closesOn: addDays(today, -10),
    });

    await jobs.setInterest(tx, ctx.userId, pm.id, 'applied', new Date(ctx.now.getTime() - 2 * 86_400_000));
    await putRoomItem(tx, ctx.userId, 'job_listing', {
      sourceId: pm.id,
      title: `Follow up on your application: ${pm.title} (${pm.organization})`,
      prompt: 'A short, friendly note a week after applying shows you are keen. Ask your mentor if they know someone there.',
      dueDate: addDays(today, 5),
    });
    await jobs.setInterest(tx, ctx.userId, talk.id, 'saved', null);
    await jobs.setInterest(tx, ids.jamal, talk.id, 'applied', at);
  },
};
