import type { DbOrTx } from '../../db/client';
import {
  streak,
  todayIn,
  weeklyProgress,
  type Habit,
  type HabitFilter,
  type HabitInteraction,
  type HabitKind,
  type InteractionKind,
  type WeekStartsOn,
} from '../../../domain/follow-through/index';
import type { CreateHabitBody } from '../../../domain/follow-through/api';
import * as q from './habits-queries';
import { loadContext, type FollowThroughContext } from './settings-service';

/**
 * Streaks are counted over the last 26 weeks: reading the whole log on every Today costs more
 * than a longer streak number is worth.
 */
const HISTORY_DAYS = 26 * 7;

async function habitInputs(db: DbOrTx, userId: string, now: Date, needFirstSeen: boolean) {
  const rows = await q.participationsSince(db, userId, new Date(now.getTime() - HISTORY_DAYS * 86_400_000));
  const byId = new Map<string, HabitInteraction & { participants: { contactId: string; circle: string | null }[] }>();
  for (const r of rows) {
    const i = byId.get(r.interactionId) ?? { occurredAt: r.occurredAt, kind: r.kind as InteractionKind, participants: [] };
    i.participants.push({ contactId: r.contactId, circle: r.circle });
    byId.set(r.interactionId, i);
  }
  const ids = [...new Set(rows.map((r) => r.contactId))];
  const seen = needFirstSeen ? await q.firstSeen(db, userId, ids) : [];
  const firstSeen = new Map(seen.filter((s) => s.first).map((s) => [s.contactId, new Date(s.first as Date)]));
  return { interactions: [...byId.values()], firstSeen };
}

export type HabitProgress = ReturnType<typeof compute>[number];

/**
 * Progress and streaks walk months of the log through the zone-aware domain rules, which costs far
 * more than Today's other work; the result only changes with the log, the habits or the day, so it
 * is cached per process under a key made of exactly those (safe with several app instances).
 */
const cache = new Map<string, HabitProgress[]>();
const CACHE_MAX = 500;

export async function habitsProgress(db: DbOrTx, ctx: FollowThroughContext, now: Date, only?: q.HabitRow[]) {
  const fingerprinted = await q.listHabitsWithFingerprint(db, ctx.userId, now);
  const list = only ?? fingerprinted.list;
  if (list.length === 0) return [];
  const withCircles = list.some((h) => ((h.filter as HabitFilter | null)?.circles?.length ?? 0) > 0);
  const key = [
    ctx.userId,
    todayIn(ctx.timeZone, now),
    ctx.timeZone,
    ctx.settings.weekStartsOn,
    JSON.stringify(list.map((h) => [h.id, h.name, h.kind, h.target, h.filter, h.createdAt.getTime()])),
    fingerprinted.log,
    withCircles ? fingerprinted.contactsChanged : '',
  ].join('|');
  const hit = cache.get(key);
  if (hit) return hit;
  const inputs = await habitInputs(db, ctx.userId, now, list.some((h) => h.kind === 'new_people'));
  const result = compute(list, inputs, ctx, now);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

function compute(list: q.HabitRow[], { interactions, firstSeen }: Awaited<ReturnType<typeof habitInputs>>, ctx: FollowThroughContext, now: Date) {
  const weekStartsOn = ctx.settings.weekStartsOn as WeekStartsOn;
  return list.map((h) => {
    const habit: Habit = { kind: h.kind as HabitKind, target: h.target, filter: h.filter as HabitFilter };
    const progress = weeklyProgress(habit, interactions, firstSeen, ctx.timeZone, now, weekStartsOn);
    const s = streak(habit, interactions, firstSeen, ctx.timeZone, now, weekStartsOn);
    return {
      id: h.id,
      name: h.name,
      kind: habit.kind,
      target: h.target,
      filter: (h.filter ?? {}) as { kinds?: string[]; circles?: string[] },
      count: progress.count,
      met: progress.met,
      weekStart: progress.weekStart,
      weekEnd: progress.weekEnd,
      streak: s.weeks,
      thisWeekMet: s.thisWeekMet,
      createdAt: h.createdAt.toISOString(),
    };
  });
}

export const findHabit = q.findHabit;

export async function listHabits(db: DbOrTx, userId: string, now: Date) {
  return habitsProgress(db, await loadContext(db, userId), now);
}

async function one(db: DbOrTx, userId: string, row: q.HabitRow, now: Date) {
  return (await habitsProgress(db, await loadContext(db, userId), now, [row]))[0]!;
}

export async function getHabit(db: DbOrTx, userId: string, row: q.HabitRow, now: Date) {
  return one(db, userId, row, now);
}

export async function createHabit(db: DbOrTx, userId: string, body: CreateHabitBody, now: Date) {
  const row = await q.insertHabit(db, userId, { name: body.name, kind: body.kind, target: body.target, filter: body.filter ?? {} });
  return one(db, userId, row, now);
}

export async function updateHabit(db: DbOrTx, userId: string, id: string, patch: Partial<CreateHabitBody>, now: Date) {
  const values: Partial<q.HabitValues> = {};
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.kind !== undefined) values.kind = patch.kind;
  if (patch.target !== undefined) values.target = patch.target;
  if (patch.filter !== undefined) values.filter = patch.filter;
  const row = Object.keys(values).length > 0 ? await q.updateHabit(db, userId, id, values) : await q.findHabit(db, userId, id);
  return row && one(db, userId, row, now);
}

export const deleteHabit = (db: DbOrTx, userId: string, id: string) => q.deleteHabit(db, userId, id);
