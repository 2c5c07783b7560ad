import { addDays, startOfLocalDay, todayIn } from '../../../domain/follow-through/index';
import type { Stage } from '../../../domain/interviews/index';
import { findBuiltInQuestion } from '../../../domain/interviews/index';
import type { DbOrTx } from '../../db/client';
import { loadContext } from '../follow-through/settings-service';
import * as q from '../interviews/queries';
import { showAskFollowUpOnToday } from '../interviews/interviews-on-today';
import type { DemoSeeder } from './demo-seeders';

/**
 * The demo's interview pipeline, on the network seeder's people: the informational interviews
 * already in the log become held interviews (the starred ones potential mentors, one asked to
 * mentor), and three new people sit early in the pipeline: a prospect, one asked last week who
 * is due a follow-up, and one scheduled for the day after tomorrow.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Plan = {
  contactId: string;
  stages: { stage: Stage; at: Date }[];
  topic: string;
  extra?: Partial<q.InterviewValues>;
  notes?: [string, string | null][];
};

async function insertPlan(tx: DbOrTx, userId: string, p: Plan) {
  const last = p.stages[p.stages.length - 1]!;
  const row = await q.insertInterview(tx, userId, {
    contactId: p.contactId,
    stage: last.stage,
    topic: p.topic,
    stageChangedAt: last.at,
    createdAt: p.stages[0]!.at,
    updatedAt: last.at,
    ...p.extra,
  });
  let from: Stage | null = null;
  for (const s of p.stages) {
    await q.insertStageEvent(tx, userId, { interviewId: row.id, fromStage: from, toStage: s.stage, reason: null, at: s.at });
    from = s.stage;
  }
  await showAskFollowUpOnToday(tx, userId, row.id);
  const picks = (p.notes ?? [['builtin:where-from', null], ['builtin:how-got-here', null], ['builtin:expected', null]]).map(([questionId, notes], position) => ({
    questionId,
    position,
    text: findBuiltInQuestion(questionId)!.text,
    notes,
  }));
  await q.replacePicks(tx, row.id, picks);
}

const HELD_NOTES: [string, string | null][][] = [
  [['builtin:how-got-here', 'Started in support, moved to product after shadowing a PM for a month.'], ['builtin:day-in-life', 'Mornings with customers, afternoons with engineers.'], ['builtin:differently', 'Would have asked for feedback much earlier.']],
  [['builtin:where-from', 'Grew up in a small town, first in the family at university.'], ['builtin:learned', 'Your network is built before you need it.'], ['builtin:best-worst', 'Best: mentoring juniors. Worst: quarterly planning.']],
  [['builtin:how-got-here', 'A bootcamp, then an agency, then in-house.'], ['builtin:expected', 'Thought they would be a designer forever.']],
];

const LEARNED = [
  'Ask for feedback early; shadow someone for a day before switching roles.',
  'Good overview of the field, though less relevant to my path than I hoped.',
  'Side projects opened more doors for them than any certificate.',
  'Pick a team for the manager, not the product.',
];
const CARES = [
  'Hearing how their advice played out; bringing more women into leadership.',
  'Their volunteer work teaching teens to code.',
  'Open-source tooling and good documentation.',
];

export const interviewsSeeder: DemoSeeder = {
  name: 'interviews',
  async seed(ctx) {
    const net = ctx.network;
    if (!net) throw new Error('The interviews seeder needs the network seeder first');
    const { data, contactIds, interactionIds } = net;
    const { timeZone } = await loadContext(ctx.tx, ctx.userId);
    const today = todayIn(timeZone, ctx.now);
    const ago = (days: number) => new Date(ctx.now.getTime() - days * DAY);

    let starredSeen = 0;
    const held = data.interactions.flatMap((it, i) => (it.kind === 'informational_interview' ? [{ it, i }] : []));
    for (const [k, { it, i }] of held.entries()) {
      const contact = it.participants[0]!.contact;
      const person = data.contacts[contact]!;
      const heldAt = it.occurredAt;
      const before = (days: number) => new Date(heldAt.getTime() - days * DAY);
      const after = (days: number) => new Date(Math.min(heldAt.getTime() + days * DAY, ctx.now.getTime() - HOUR));
      const stages: Plan['stages'] = [
        { stage: 'prospect', at: before(14) },
        { stage: 'asked', at: before(12) },
        { stage: 'scheduled', at: before(9) },
        { stage: 'held', at: heldAt },
        { stage: 'thanked', at: after(1) },
      ];
      if (person.starred) {
        stages.push({ stage: 'potential_mentor', at: after(3) });
        if (starredSeen++ === 0) stages.push({ stage: 'asked_to_mentor', at: after(10) });
      } else {
        stages.push({ stage: 'keeping_in_touch', at: after(60) });
      }
      await insertPlan(ctx.tx, ctx.userId, {
        contactId: contactIds[contact]!,
        topic: it.topics[0] ?? 'their career path',
        stages,
        notes: HELD_NOTES[k % HELD_NOTES.length],
        extra: {
          scheduledAt: heldAt,
          heldAt,
          interactionId: interactionIds[i]!,
          location: k % 2 === 0 ? 'Video call' : 'Coffee near their office',
          starred: person.starred,
          flowRating: person.starred ? 5 - (k % 2) : 2 + (k % 2),
          learned: LEARNED[k % LEARNED.length]!,
          theyCareAbout: person.starred ? CARES[k % CARES.length]! : null,
        },
      });
    }

    // Early in the pipeline: people the user has not talked to yet.
    const talkedTo = new Set(data.interactions.flatMap((it) => it.participants.map((p) => p.contact)));
    const dupes = new Set([4, 60, 90, data.contacts.length - 3, data.contacts.length - 2, data.contacts.length - 1]);
    const fresh = data.contacts
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => !talkedTo.has(i) && !dupes.has(i) && !c.starred && c.company)
      .slice(0, 4);
    const [prospect, asked, scheduled, declined] = fresh;
    const localAt = (date: string, hour: number) => new Date(startOfLocalDay(date, timeZone).getTime() + hour * HOUR);
    if (prospect) {
      await insertPlan(ctx.tx, ctx.userId, { contactId: contactIds[prospect.i]!, topic: 'product management', stages: [{ stage: 'prospect', at: ago(2) }] });
    }
    if (asked) {
      await insertPlan(ctx.tx, ctx.userId, {
        contactId: contactIds[asked.i]!,
        topic: 'moving into design leadership',
        stages: [{ stage: 'prospect', at: ago(9) }, { stage: 'asked', at: ago(7) }],
        extra: { followUpOn: addDays(today, -1) },
      });
    }
    if (scheduled) {
      await insertPlan(ctx.tx, ctx.userId, {
        contactId: contactIds[scheduled.i]!,
        topic: 'data careers',
        stages: [{ stage: 'prospect', at: ago(12) }, { stage: 'asked', at: ago(10) }, { stage: 'scheduled', at: ago(6) }],
        extra: { scheduledAt: localAt(addDays(today, 2), 15), location: 'Video call' },
        notes: [['builtin:where-from', null], ['builtin:day-in-life', null], ['builtin:best-worst', null], ['builtin:differently', null]],
      });
    }
    if (declined) {
      await insertPlan(ctx.tx, ctx.userId, {
        contactId: contactIds[declined.i]!,
        topic: 'consulting',
        stages: [{ stage: 'prospect', at: ago(30) }, { stage: 'asked', at: ago(28) }, { stage: 'declined', at: ago(25) }],
        extra: { previousStage: 'asked', closedReason: 'Travelling all quarter; suggested trying again in spring.' },
      });
    }
  },
};
