import { randomUUID } from 'node:crypto';
import { addDays, todayIn } from '../../../domain/follow-through/index';
import type { Db } from '../../db/client';
import { randomToken } from '../../auth/secrets';
import { ProblemError } from '../../errors';
import { createUser } from '../accounts/service';
import { loadContext } from '../follow-through/settings-service';
import { insertMentee } from '../mentor-directory/queries';
import * as q from '../mentoring/queries';
import * as dq from '../mentoring/depth-queries';
import { linkMentor } from '../mentoring/mentor-side-service';
import { commentAsMentor, createPrep, suggestAsMentor } from '../mentoring/interview-prep-service';
import { createShadow, moveAsMentor } from '../mentoring/shadow-service';
import { syncQuietNudges } from '../mentoring/health-service';
import { DEMO_EMAIL_DOMAIN, findDemoUserId } from './demo-queries';
import type { DemoSeeder } from './demo-seeders';
import { createPrepBody } from '../../../domain/mentoring/interview-prep-api';
import { defaultLikelyQuestions, defaultQuestionsToAsk } from '../../../domain/mentoring/index';

/**
 * The demo's mentorship depth, after the mentoring and directory seeders: Priya (a directory mentor
 * on Trellis) mentors the demo user, reads a shared interview preparation (with a suggestion and a
 * comment) and accepted a shadow day; the Kestrel final round was prepared here (its thank-yous
 * are on Today from the follow-through seeder); a
 * board member has gone quiet (nudge on Today); an old mentorship ended with a reflection (pay it
 * forward). On the mentor's side, Sam (the demo account's own mentee) asks the demo user to shadow a day
 * and shares a preparation.
 */

/**
 * A demo person found by key, or made. Shared people (Priya) must not own rows per demo account,
 * or repeated demos grow them without bound; so the demo links to Priya only through its own rows
 * (the mentorship names her as mentor), and Sam, who as a mentee owns the mentorship, the
 * preparation and the shadow request, is a person of each demo account (keyed by its id).
 */
async function demoPerson(tx: Db, key: string, name: string, timezone: string) {
  const email = `depth-${key}@${DEMO_EMAIL_DOMAIN}`;
  const found = await findDemoUserId(tx, email);
  if (found) return found;
  try {
    return (await createUser(tx, { email, name, password: randomToken(18), timezone })).id;
  } catch (err) {
    const again = err instanceof ProblemError && err.code === 'email_taken' ? await findDemoUserId(tx, email) : null;
    if (!again) throw err;
    return again;
  }
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`).toISOString();

export const mentorshipDepthSeeder: DemoSeeder = {
  name: 'mentorship-depth',
  async seed(ctx) {
    const net = ctx.network;
    if (!net) throw new Error('The mentorship-depth seeder needs the network seeder first');
    const tx = ctx.tx as unknown as Db;
    const { timeZone } = await loadContext(ctx.tx, ctx.userId);
    const today = todayIn(timeZone, ctx.now);
    const existing = await q.listMentorships(ctx.tx, ctx.userId);
    const taken = new Set(existing.map((m) => m.contactId));
    const free = (circle: string) => {
      const i = net.data.contacts.findIndex((c, k) => c.circle === circle && !taken.has(net.contactIds[k]!));
      if (i < 0) return null;
      taken.add(net.contactIds[i]!);
      return { id: net.contactIds[i]!, company: net.data.contacts[i]!.company };
    };
    /** A free contact nobody in the demo log has talked to (so the relationship can be quiet). */
    const talkedTo = new Set(net.data.interactions.flatMap((it) => it.participants.map((p) => p.contact)));
    const untouched = (circle: string) => {
      const i = net.data.contacts.findIndex((c, k) => c.circle === circle && !talkedTo.has(k) && !taken.has(net.contactIds[k]!));
      if (i < 0) return null;
      taken.add(net.contactIds[i]!);
      return net.contactIds[i]!;
    };

    // Priya mentors the demo user on Trellis (as if she had accepted a request).
    const priya = await findDemoUserId(tx, `directory-priya@${DEMO_EMAIL_DOMAIN}`);
    if (!priya) throw new Error('The mentorship-depth seeder needs the mentor-directory seeder first');
    const withPriya = await linkMentor(ctx.tx, ctx.userId, { mentorUserId: priya, kind: 'board_of_directors', areas: ['Leadership', 'Hiring'], role: 'VP of Product', industry: 'Health care', now: ctx.now });
    await q.updateMentorship(ctx.tx, ctx.userId, withPriya, { startedOn: addDays(today, -40) });
    await q.insertMeeting(ctx.tx, ctx.userId, { mentorshipId: withPriya, heldOn: addDays(today, -6), agenda: 'The Contoso interview: stories to tell, questions to ask.', notes: null });

    // An interview coming up, shared with Priya.
    const interviewer = free('industry_peer');
    const recruiter = free('vendor') ?? free('customer');
    const arranger = free('former_colleague');
    const company = interviewer?.company ?? 'Contoso Health';
    const prep = await createPrep(tx, ctx.userId, createPrepBody.parse({
      company,
      role: 'Group product manager',
      scheduledAt: at(addDays(today, 4), 15),
      location: 'Video call (link in the invite)',
      people: [interviewer && { contactId: interviewer.id, role: 'interviewer' as const }, recruiter && { contactId: recruiter.id, role: 'recruiter' as const }, arranger && { contactId: arranger.id, role: 'arranged_by' as const }].filter((p) => p !== null),
      likelyQuestions: [
        { bankKey: 'about_yourself', answer: 'Seven years in product, the last three leading planning for a 12-person team. I want to own a whole product area next.' },
        { bankKey: 'why_company', answer: `${company} is moving into clinics; I shipped scheduling tools for two of them.` },
        { bankKey: 'challenge', answer: 'Two senior engineers disagreed on scope; I framed it as a bet with a review date and we shipped on time.' },
        { bankKey: 'strengths' },
        { bankKey: 'weakness' },
      ],
      questionsToAsk: [{ bankKey: 'next_steps' }, { bankKey: 'success' }, { bankKey: 'team' }],
      researchNotes: `${company}: opened two offices this year; the product area has no lead since the summer. Read the CEO's interview on patient scheduling.`,
      sharedMentorshipId: withPriya,
    }), ctx.now);
    await suggestAsMentor(tx, priya, withPriya, prep.id, { list: 'likely', text: 'Tell me about a product you killed, and why.' });
    await suggestAsMentor(tx, priya, withPriya, prep.id, { list: 'ask', text: 'What would you want the new lead to change in the first 90 days?' });
    await commentAsMentor(tx, priya, withPriya, prep.id, { body: 'Lead with the scope story: it shows judgement. And ask about next steps before they wrap up.' });

    // The Kestrel final round (held yesterday, its thank-yous on Today from the follow-through seeder) was prepared here too.
    const k = net.data.interactions.findLastIndex((i) => i.kind === 'job_interview' && i.participants.some((p) => p.role === 'arranged_by'));
    if (k >= 0) {
      const it = net.data.interactions[k]!;
      const roles = ['interviewer', 'recruiter', 'hr', 'arranged_by'] as const;
      const people = it.participants.flatMap((p) => (roles.includes(p.role as (typeof roles)[number]) ? [{ contactId: net.contactIds[p.contact]!, role: p.role as (typeof roles)[number] }] : []));
      await dq.insertPrep(ctx.tx, ctx.userId, {
        company: 'Kestrel Aerospace',
        role: 'Platform product manager',
        scheduledAt: it.occurredAt,
        people,
        likelyQuestions: defaultLikelyQuestions(randomUUID).map((q, i) => (i < 3 ? { ...q, answer: 'Practised with Priya on Sunday.' } : q)),
        questionsToAsk: defaultQuestionsToAsk(randomUUID),
        researchNotes: 'Kestrel is rebuilding its platform team; the roadmap review is in January.',
        status: 'held',
        heldAt: it.occurredAt,
        interactionId: net.interactionIds[k]!,
      });
    }

    // Shadow a day: Priya accepted (steps on Today); the shepherd (external) has not answered yet.
    const shadow = await createShadow(tx, ctx.userId, withPriya, { proposedDates: [addDays(today, 6), addDays(today, 8)], hopes: 'A client discovery call and your weekly product review', note: 'Either day works; I can take the day off.' }, ctx.now);
    await moveAsMentor(tx, priya, withPriya, shadow.id, { decision: 'accept', date: addDays(today, 6), approvalConfirmed: true, note: 'Come to the 5th floor at 9:00. Business casual; the client call is at 11.' }, ctx.now);
    const shepherd = existing.find((m) => m.kind === 'shepherd');
    if (shepherd) await createShadow(tx, ctx.userId, shepherd.id, { proposedDates: [addDays(today, 14)], hopes: 'How you prepare a conference talk', note: null }, ctx.now);

    // A board member who has gone quiet: a fortnightly cadence, last met five weeks ago, nothing since.
    const silent = untouched('mentor') ?? untouched('former_colleague') ?? untouched('industry_peer');
    if (silent) {
      const board = await q.insertMentorship(ctx.tx, ctx.userId, { contactId: silent, kind: 'board_of_directors', areas: ['Finance'], startedOn: addDays(today, -150), notes: null });
      await q.insertAgreement(ctx.tx, ctx.userId, { mentorshipId: board.id, version: 1, cadence: 'Every two weeks, 30 minutes', menteeAcceptedAt: new Date(ctx.now.getTime() - 148 * 86_400_000) });
      await q.insertMeeting(ctx.tx, ctx.userId, { mentorshipId: board.id, heldOn: addDays(today, -36), agenda: 'Reading a P&L', notes: null });
    }

    // An old mentorship, ended with a reflection: the invitation to pay it forward.
    const old = free('mentor') ?? free('former_colleague');
    if (old) {
      const ended = await q.insertMentorship(ctx.tx, ctx.userId, { contactId: old.id, kind: 'guardian_angel', areas: ['Running planning sessions', 'Stakeholder management'], startedOn: addDays(today, -420), notes: null });
      await q.updateMentorship(ctx.tx, ctx.userId, ended.id, { status: 'closed', closedOn: addDays(today, -20) });
      await dq.upsertReflection(ctx.tx, ctx.userId, { mentorshipId: ended.id, authorUserId: ctx.userId, learned: 'Say no to stakeholders with a reason and an alternative.', worked: 'A short agenda sent the day before every meeting.', wouldChange: 'Ask for feedback on my own work sooner.' });
    }
    await syncQuietNudges(ctx.tx, ctx.userId, ctx.now);

    // The mentor's side: Sam, this demo account's own mentee, is mentored by the demo user.
    const sam = await demoPerson(tx, `sam-${ctx.userId}`, 'Sam Rivera', 'America/Chicago');
    const withSam = await linkMentor(ctx.tx, sam, { mentorUserId: ctx.userId, kind: 'shepherd', areas: ['Product strategy'], role: 'Senior product manager', industry: 'Software', now: ctx.now });
    await insertMentee(ctx.tx, { userId: ctx.userId, menteeUserId: sam, mentorshipId: withSam });
    await createPrep(tx, sam, createPrepBody.parse({ company: 'Fabrikam', role: 'Associate product manager', scheduledAt: at(addDays(today, 9), 16), researchNotes: 'Fabrikam builds tools for food banks; their APM programme takes four people a year.', sharedMentorshipId: withSam }), ctx.now);
    await createShadow(tx, sam, withSam, { proposedDates: [addDays(today, 10), addDays(today, 12)], hopes: 'How you run a planning session and talk to customers', note: 'I can come in person.' }, ctx.now);
  },
};
