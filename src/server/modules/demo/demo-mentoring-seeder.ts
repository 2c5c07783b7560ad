import { addDays, todayIn } from '../../../domain/follow-through/index';
import type { MentorKind } from '../../../domain/mentoring/index';
import { randomToken } from '../../auth/secrets';
import { loadContext } from '../follow-through/settings-service';
import * as q from '../mentoring/queries';
import { showActionItemsOnToday } from '../mentoring/action-items-on-today';
import type { DemoContact } from './demo-data';
import type { DemoSeeder } from './demo-seeders';

/**
 * The demo's mentoring, on the network seeder's people: a guardian angel inside the employer, a
 * shepherd and a board member outside it; goals with a thread of progress and a challenge; a past
 * meeting with one action item done and one open; an agreement both accepted; a wish list.
 */

type Pick = (c: DemoContact) => boolean;

export const mentoringSeeder: DemoSeeder = {
  name: 'mentoring',
  async seed(ctx) {
    const net = ctx.network;
    if (!net) throw new Error('The mentoring seeder needs the network seeder first');
    const { data, contactIds } = net;
    const { timeZone } = await loadContext(ctx.tx, ctx.userId);
    const today = todayIn(timeZone, ctx.now);
    const used = new Set<number>();
    const choose = (...prefs: Pick[]) => {
      for (const p of [...prefs, () => true]) {
        const i = data.contacts.findIndex((c, k) => !used.has(k) && c.circle !== 'management' && p(c));
        if (i >= 0) {
          used.add(i);
          return contactIds[i]!;
        }
      }
      throw new Error('The demo network has too few people for mentoring');
    };
    const plan: { kind: MentorKind; contactId: string; areas: string[]; startedOn: string }[] = [
      { kind: 'guardian_angel', contactId: choose((c) => c.employer === 'inside' && c.starred, (c) => c.employer === 'inside'), areas: ['Visibility', 'Navigating the organisation'], startedOn: addDays(today, -200) },
      { kind: 'shepherd', contactId: choose((c) => c.employer === 'outside' && c.circle === 'mentor', (c) => c.employer === 'outside' && c.starred), areas: ['Product strategy', 'Public speaking'], startedOn: addDays(today, -120) },
      { kind: 'board_of_directors', contactId: choose((c) => c.employer === 'outside' && c.circle === 'industry_peer', (c) => c.employer === 'outside'), areas: ['Negotiation'], startedOn: addDays(today, -45) },
    ];
    const rows: q.MentorshipRow[] = [];
    for (const p of plan) rows.push(await q.insertMentorship(ctx.tx, ctx.userId, { ...p, notes: null }));
    const [angel, shepherd] = rows;

    const lead = await q.insertGoal(ctx.tx, ctx.userId, { horizon: 'one_year', title: 'Lead a product area', description: 'Own a roadmap end to end, with a small team.', areas: ['Product strategy', 'Leadership'] });
    await q.replaceShares(ctx.tx, lead.id, [shepherd!.id, angel!.id]);
    await q.insertGoalPost(ctx.tx, ctx.userId, { goalId: lead.id, kind: 'progress', body: 'Ran my first quarterly planning session; the team agreed on three bets.', postedOn: addDays(today, -30) });
    await q.insertGoalPost(ctx.tx, ctx.userId, { goalId: lead.id, kind: 'challenge', body: 'Two senior engineers disagree on scope and look to me to decide.', postedOn: addDays(today, -9) });
    const talk = await q.insertGoal(ctx.tx, ctx.userId, { horizon: 'two_year', title: 'Speak at an industry conference', description: null, areas: ['Public speaking'] });
    await q.replaceShares(ctx.tx, talk.id, [shepherd!.id]);
    await q.insertGoalPost(ctx.tx, ctx.userId, { goalId: talk.id, kind: 'progress', body: 'Gave a lightning talk at the local meetup.', postedOn: addDays(today, -14) });
    await q.insertGoal(ctx.tx, ctx.userId, { horizon: 'long_term', title: 'Become a head of product', description: null, areas: ['Leadership', 'Finance'] });

    const meeting = await q.insertMeeting(ctx.tx, ctx.userId, {
      mentorshipId: shepherd!.id,
      heldOn: addDays(today, -12),
      agenda: 'The scope disagreement; the meetup talk.',
      notes: 'Frame the decision as a bet with a review date. Record the talk and send it to two people for feedback.',
    });
    const items = await q.insertActionItems(ctx.tx, ctx.userId, [
      { meetingId: meeting.id, text: 'Send the talk recording for feedback', owner: 'me', dueOn: addDays(today, -5), doneAt: new Date(ctx.now.getTime() - 6 * 86_400_000), position: 0 },
      { meetingId: meeting.id, text: 'Write up the scope decision as a bet with a review date', owner: 'me', dueOn: addDays(today, 2), position: 1 },
      { meetingId: meeting.id, text: 'Introduce me to a conference programme chair', owner: 'mentor', dueOn: addDays(today, 10), position: 2 },
    ]);
    await showActionItemsOnToday(ctx.tx, ctx.userId, items);

    const agreedOn = addDays(today, -118);
    await q.insertAgreement(ctx.tx, ctx.userId, {
      mentorshipId: shepherd!.id,
      version: 1,
      goals: 'Lead a product area within a year; speak at a conference.',
      cadence: 'Once a month, 45 minutes',
      channels: 'Video call; e-mail between meetings',
      responseTimes: 'Within three working days',
      confidentiality: 'What we discuss stays between us.',
      duration: 'Six months, then we decide together',
      reviewOn: addDays(today, 60),
      menteeAcceptedAt: new Date(ctx.now.getTime() - 118 * 86_400_000),
      mentorAgreedOn: agreedOn,
    });

    await q.upsertWishList(
      ctx.tx,
      ctx.userId,
      {
        lookingFor: 'Someone who has built and led a product team from scratch',
        skills: 'Hiring, roadmaps, saying no to stakeholders',
        challenges: 'Moving from individual contributor to manager',
        industry: 'Any: health or climate would be a bonus',
        why: 'My board has nobody who covers leadership or finance yet.',
      },
      randomToken(24),
    );
  },
};
