import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contacts, interactions } from '../../db/schema/network';
import {
  addDays,
  localDateOf,
  startOfLocalDay,
  todayIn,
  weekStartOf,
  type InteractionKind,
  type WeekStartsOn,
} from '../../../domain/follow-through/index';
import type { Interaction } from '../../../domain/network/api';
import type { CreateCommitmentBody } from '../../../domain/follow-through/api';
import { commitmentAction, createCommitment, resyncLiveCommitments } from '../follow-through/commitments-service';
import { updateCommitment } from '../follow-through/commitments-queries';
import { insertHabit } from '../follow-through/habits-queries';
import { onInteractionLogged } from '../follow-through/interaction-hooks';
import { loadContext } from '../follow-through/settings-service';
import { createFind } from '../follow-through/finds-service';
import type { DemoContact, DemoInteraction, DemoNetwork } from './demo-data';
import * as q from './demo-queries';
import type { DemoSeedContext, DemoSeeder } from './demo-seeders';

/**
 * Makes the demo's Today page alive, on top of the network seeder's people: the Kestrel final
 * round happened yesterday and awaits thank-yous, promises are open in both directions, a few
 * birthdays are coming up, two habits are in progress and a saved article waits to be shared. Cadences need nothing here: the first
 * Today syncs keep-in-touch items for every contact (the settings row starts with no watermark).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const QUARTER = 15 * 60_000;

type Network = NonNullable<DemoSeedContext['network']>;

/** Picks distinct contacts by index, never the near-duplicates or anyone already taken. */
function picker(data: DemoNetwork) {
  const contacted = new Set(data.interactions.flatMap((i) => i.participants.map((p) => p.contact)));
  // The last three contacts are near-duplicates of people[4], [60] and [90]: leave those pairs alone.
  const dupes = new Set([4, 60, 90, data.contacts.length - 3, data.contacts.length - 2, data.contacts.length - 1]);
  const taken = new Set<number>(dupes);
  const take = (...preds: ((c: DemoContact, i: number) => boolean)[]): number => {
    for (const pred of preds) {
      const i = data.contacts.findIndex((c, idx) => !taken.has(idx) && pred(c, idx));
      if (i >= 0) {
        taken.add(i);
        return i;
      }
    }
    const any = data.contacts.findIndex((_, idx) => !taken.has(idx));
    taken.add(any);
    return any;
  };
  return { contacted: (i: number) => contacted.has(i), take, reserve: (i: number) => taken.add(i) };
}

/** The Kestrel final round moves to yesterday (ending within the last day), so its thank-yous are due today. */
function interviewTime(now: Date, timeZone: string): Date {
  const today = todayIn(timeZone, now);
  for (const hoursAgo of [20, 22, 23.5, 24]) {
    const at = new Date(Math.floor((now.getTime() - hoursAgo * HOUR) / QUARTER) * QUARTER);
    if (localDateOf(new Date(at.getTime() + DAY), timeZone) === today) return at;
  }
  return new Date(Math.floor((now.getTime() - DAY) / QUARTER) * QUARTER);
}

async function seedInterview(ctx: DemoSeedContext, net: Network, timeZone: string) {
  const { data } = net;
  const idx = data.interactions.findLastIndex((i) => i.kind === 'job_interview' && i.participants.some((p) => p.role === 'arranged_by'));
  if (idx < 0) return;
  const it = data.interactions[idx]!;
  const id = net.interactionIds[idx]!;
  it.occurredAt = interviewTime(ctx.now, timeZone);
  await ctx.tx
    .update(interactions)
    .set({ occurredAt: it.occurredAt, createdAt: it.occurredAt, updatedAt: it.occurredAt })
    .where(and(eq(interactions.id, id), eq(interactions.userId, ctx.userId)));
  await q.refreshLastInteraction(ctx.tx, ctx.userId);
  const iso = it.occurredAt.toISOString();
  const logged: Interaction = {
    id,
    kind: it.kind,
    occurredAt: iso,
    summary: it.summary,
    topics: it.topics,
    participants: it.participants.map((p) => ({
      contactId: net.contactIds[p.contact]!,
      displayName: data.contacts[p.contact]!.displayName,
      role: p.role,
    })),
    createdAt: iso,
    updatedAt: iso,
  };
  await onInteractionLogged(ctx.tx, ctx.userId, logged, [], ctx.now);
}

/** Coffee with a different colleague in each of the last three weeks; first meetings with new people in the last two. */
async function seedHabits(ctx: DemoSeedContext, net: Network, pick: ReturnType<typeof picker>, timeZone: string, weekStartsOn: WeekStartsOn) {
  const { data } = net;
  const weekStart = weekStartOf(todayIn(timeZone, ctx.now), weekStartsOn);
  const at = (date: string, hours: number) => new Date(startOfLocalDay(date, timeZone).getTime() + hours * HOUR);
  const added: DemoInteraction[] = [];
  for (let k = 1; k <= 3; k++) {
    const contact = pick.take((c, i) => c.circle === 'colleague' && c.employer === 'inside' && pick.contacted(i), (c) => c.circle === 'colleague');
    const kind: InteractionKind = k === 2 ? 'lunch' : 'coffee';
    const name = data.contacts[contact]!.givenName;
    const summary = kind === 'lunch' ? `Lunch with ${name}: swapped notes on how our teams plan their quarters.` : `Coffee with ${name}: caught up on their project and what is blocking them.`;
    added.push({ kind, occurredAt: at(addDays(weekStart, -7 * k + 2), 12.5), summary, topics: [], participants: [{ contact, role: null }] });
  }
  for (let k = 1; k <= 2; k++) {
    const contact = pick.take((c, i) => c.circle === 'industry_peer' && !pick.contacted(i), (_, i) => !pick.contacted(i));
    const name = data.contacts[contact]!.givenName;
    added.push({
      kind: 'video_call',
      occurredAt: at(addDays(weekStart, -7 * k + 3), 16),
      summary: `First call with ${name}, after connecting online: compared notes on career paths.`,
      topics: [],
      participants: [{ contact, role: null }],
    });
  }
  const ids = added.map(() => randomUUID());
  await q.insertInteractions(
    ctx.tx,
    added.map((it, i) => ({ id: ids[i], userId: ctx.userId, kind: it.kind, occurredAt: it.occurredAt, summary: it.summary, topics: it.topics, createdAt: it.occurredAt, updatedAt: it.occurredAt })),
  );
  await q.insertParticipants(
    ctx.tx,
    added.flatMap((it, i) => it.participants.map((p) => ({ interactionId: ids[i]!, contactId: net.contactIds[p.contact]!, role: p.role }))),
  );
  data.interactions.push(...added);
  net.interactionIds.push(...ids);

  await insertHabit(ctx.tx, ctx.userId, {
    name: 'Coffee with a different colleague each week',
    kind: 'distinct_people',
    target: 1,
    filter: { kinds: ['coffee', 'lunch'], circles: ['colleague'] },
  });
  await insertHabit(ctx.tx, ctx.userId, { name: 'Meet one new person a week', kind: 'new_people', target: 1, filter: {} });
}

async function seedCommitments(ctx: DemoSeedContext, net: Network, pick: ReturnType<typeof picker>, timeZone: string) {
  const { data, contactIds } = net;
  const db = ctx.tx as unknown as Db;
  const today = todayIn(timeZone, ctx.now);
  const daysAgo = (n: number) => new Date(ctx.now.getTime() - n * DAY);
  const person = (i: number) => data.contacts[i]!;
  const create = async (body: CreateCommitmentBody, createdDaysAgo: number) => {
    const c = await createCommitment(db, ctx.userId, body, ctx.now);
    await updateCommitment(ctx.tx, ctx.userId, c.id, { createdAt: daysAgo(createdDaysAgo) });
    return c;
  };

  // An introduction on offer: a mentor (or former colleague) and someone senior the user has not met yet.
  const introducer = pick.take(
    (c, i) => c.circle === 'mentor' && c.company !== null && pick.contacted(i),
    (c, i) => c.circle === 'former_colleague' && c.company !== null && pick.contacted(i),
  );
  const company = person(introducer).company;
  const senior = (c: DemoContact) => c.level === 'senior' || c.level === 'executive';
  const introduced = pick.take(
    (c, i) => c.company === company && senior(c) && !pick.contacted(i),
    (c, i) => c.company !== null && senior(c) && !pick.contacted(i),
    (c, i) => c.company !== null && !pick.contacted(i),
  );
  await create(
    {
      direction: 'they_offered',
      contactId: contactIds[introducer]!,
      involvingContactId: contactIds[introduced]!,
      what: `introduce you to ${person(introduced).displayName}${person(introduced).title ? `, ${person(introduced).title}` : ''}${person(introduced).company ? ` at ${person(introduced).company}` : ''}`,
      dueDate: addDays(today, 5),
      notes: 'Send a short blurb about yourself they can forward.',
    },
    6,
  );

  // An offer that went quiet: nudged once over a week ago, due last week, so the follow-up is overdue.
  const reviewer = pick.take((c, i) => c.circle === 'colleague' && c.level === 'senior' && pick.contacted(i), (c, i) => c.circle === 'colleague' && pick.contacted(i));
  const review = await create({ direction: 'they_offered', contactId: contactIds[reviewer]!, what: 'review your portfolio', dueDate: addDays(today, -6), notes: null }, 20);
  await commitmentAction(db, ctx.userId, review.id, { type: 'nudge' }, daysAgo(8));

  // The user's own promise to a potential mentor, due in two days.
  const peer = pick.take((c, i) => c.circle === 'industry_peer' && c.starred && pick.contacted(i), (c, i) => c.circle === 'industry_peer' && pick.contacted(i));
  await create(
    { direction: 'i_promised', contactId: contactIds[peer]!, what: `send ${person(peer).givenName} the article on design systems`, dueDate: addDays(today, 2), notes: 'They asked after the informational interview.' },
    4,
  );

  // Delivered yesterday, not yet thanked: the next step is a thank-you.
  const giver = pick.take((c, i) => c.circle === 'management' && pick.contacted(i), (c, i) => c.circle === 'mentor' && pick.contacted(i));
  const delivered = await create({ direction: 'they_offered', contactId: contactIds[giver]!, what: 'share the slides from the leadership offsite', dueDate: null, notes: null }, 10);
  await commitmentAction(db, ctx.userId, delivered.id, { type: 'complete' }, daysAgo(1));

  // Steps are worded from today's point of view (the nudge above was computed as of last week).
  await resyncLiveCommitments(ctx.tx, ctx.userId, { now: ctx.now, timeZone });
}

/** Birthdays 8, 9 and 10 days out (one without a year), so occasion reminders show in the next days. */
async function seedBirthdays(ctx: DemoSeedContext, net: Network, pick: ReturnType<typeof picker>, timeZone: string) {
  const today = todayIn(timeZone, ctx.now);
  const plan: { days: number; year: string | null; circle: DemoContact['circle'] }[] = [
    { days: 8, year: '1988', circle: 'friend_family' },
    { days: 9, year: null, circle: 'colleague' },
    { days: 10, year: '1992', circle: 'mentor' },
  ];
  for (const b of plan) {
    const i = pick.take((c, idx) => c.circle === b.circle && pick.contacted(idx), (c) => c.circle === b.circle);
    const monthDay = addDays(today, b.days).slice(5);
    // 1988 and 1992 are leap years, so a 29 February stays a valid date.
    const birthday = `${b.year ?? '-'}-${monthDay}`;
    net.data.contacts[i]!.birthday = birthday;
    await ctx.tx.update(contacts).set({ birthday }).where(and(eq(contacts.id, net.contactIds[i]!), eq(contacts.userId, ctx.userId)));
  }
}

export const followThroughSeeder: DemoSeeder = {
  name: 'follow-through',
  async seed(ctx) {
    const net = ctx.network;
    if (!net) throw new Error('The follow-through seeder needs the network seeder first');
    const settings = await loadContext(ctx.tx, ctx.userId);
    const { timeZone } = settings;
    const pick = picker(net.data);
    for (const p of net.data.interactions.filter((i) => i.kind === 'job_interview').flatMap((i) => i.participants)) pick.reserve(p.contact);
    await seedHabits(ctx, net, pick, timeZone, settings.settings.weekStartsOn as WeekStartsOn);
    await seedInterview(ctx, net, timeZone);
    await seedCommitments(ctx, net, pick, timeZone);
    await seedBirthdays(ctx, net, pick, timeZone);
    // Shared with the (at most three) people whose tags or conversations mention hiring.
    await createFind(
      ctx.tx as unknown as Db,
      ctx.userId,
      { kind: 'article', title: 'What great hiring managers do in the first 90 days', url: 'https://example.org/articles/first-90-days', topics: ['hiring', 'team hiring'], note: null },
      ctx.now,
      3,
    );
  },
};
