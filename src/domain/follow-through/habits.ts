import { addDays, weekdayOf } from './calendar-date';
import { localDateOf, todayIn } from './local-time';
import type { InteractionKind, IsoDate } from './vocabulary';

/**
 * Weekly networking habits ("lunch with a different colleague each week",
 * "meet one new person a week"). Weeks are calendar weeks in the user's zone,
 * identified by the local date they start on, so they cross year boundaries
 * (ISO week 53) and DST changes without special cases.
 */

export type HabitKind = 'distinct_people' | 'new_people' | 'interactions';

export interface HabitFilter {
  kinds?: readonly InteractionKind[];
  circles?: readonly string[];
}

export interface Habit {
  kind: HabitKind;
  target: number;
  filter?: HabitFilter;
}

export interface HabitParticipant {
  contactId: string;
  circle?: string | null;
}

export interface HabitInteraction {
  occurredAt: Date;
  kind: InteractionKind;
  participants: readonly HabitParticipant[];
}

/** 1 = weeks start on Monday (ISO), 7 = on Sunday. */
export type WeekStartsOn = 1 | 7;

/**
 * contactId → instant of the contact's first-ever interaction. Contacts not in
 * the map fall back to their earliest interaction among those passed in.
 */
export type ContactsFirstSeen = ReadonlyMap<string, Date>;

export interface WeeklyProgress {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  count: number;
  target: number;
  met: boolean;
}

export interface Streak {
  /** Consecutive met weeks ending last week, plus this week if it is already met. */
  weeks: number;
  thisWeekMet: boolean;
}

export function weekStartOf(date: IsoDate, weekStartsOn: WeekStartsOn): IsoDate {
  return addDays(date, -((weekdayOf(date) - weekStartsOn + 7) % 7));
}

function assertHabit(habit: Habit): void {
  if (!Number.isInteger(habit.target) || habit.target < 1) {
    throw new RangeError(`A habit target must be a whole number of at least 1, got ${habit.target}`);
  }
}

function kindMatches(habit: Habit, interaction: HabitInteraction): boolean {
  const kinds = habit.filter?.kinds;
  return !kinds || kinds.length === 0 || kinds.includes(interaction.kind);
}

function participantsInCircles(habit: Habit, interaction: HabitInteraction): HabitParticipant[] {
  const circles = habit.filter?.circles;
  if (!circles || circles.length === 0) return [...interaction.participants];
  return interaction.participants.filter((p) => p.circle != null && circles.includes(p.circle));
}

/**
 * How far each week got, keyed by week start. Interactions after `now` are
 * ignored: a lunch scheduled for later today has not happened yet.
 */
function weeklyCounts(
  habit: Habit,
  interactions: readonly HabitInteraction[],
  firstSeen: ContactsFirstSeen,
  timeZone: string,
  now: Date,
  weekStartsOn: WeekStartsOn,
): Map<IsoDate, number> {
  const past = interactions.filter((i) => i.occurredAt.getTime() <= now.getTime());
  const weekOf = (instant: Date) => weekStartOf(localDateOf(instant, timeZone), weekStartsOn);

  const earliest = new Map<string, Date>();
  for (const i of past) {
    for (const p of i.participants) {
      const seen = earliest.get(p.contactId);
      if (!seen || i.occurredAt < seen) earliest.set(p.contactId, i.occurredAt);
    }
  }
  const firstWeekOf = (contactId: string): IsoDate | null => {
    const seen = firstSeen.get(contactId) ?? earliest.get(contactId);
    return seen ? weekOf(seen) : null;
  };

  const interactionCounts = new Map<IsoDate, number>();
  const people = new Map<IsoDate, Set<string>>();
  for (const interaction of past) {
    if (!kindMatches(habit, interaction)) continue;
    const matching = participantsInCircles(habit, interaction);
    // With a circle filter, an interaction counts only if someone from those circles was there.
    if (matching.length === 0 && (habit.filter?.circles?.length ?? 0) > 0) continue;
    const week = weekOf(interaction.occurredAt);
    interactionCounts.set(week, (interactionCounts.get(week) ?? 0) + 1);
    const set = people.get(week) ?? new Set<string>();
    for (const p of matching) {
      if (habit.kind !== 'new_people' || firstWeekOf(p.contactId) === week) set.add(p.contactId);
    }
    people.set(week, set);
  }

  if (habit.kind === 'interactions') return interactionCounts;
  return new Map([...people].map(([week, set]) => [week, set.size]));
}

export function weeklyProgress(
  habit: Habit,
  interactions: readonly HabitInteraction[],
  contactsFirstSeen: ContactsFirstSeen,
  timeZone: string,
  now: Date,
  weekStartsOn: WeekStartsOn = 1,
): WeeklyProgress {
  assertHabit(habit);
  const weekStart = weekStartOf(todayIn(timeZone, now), weekStartsOn);
  const count = weeklyCounts(habit, interactions, contactsFirstSeen, timeZone, now, weekStartsOn).get(weekStart) ?? 0;
  return { weekStart, weekEnd: addDays(weekStart, 6), count, target: habit.target, met: count >= habit.target };
}

/**
 * An unmet current week doesn't break the streak (the week isn't over yet);
 * it just isn't counted until it is met.
 */
export function streak(
  habit: Habit,
  interactions: readonly HabitInteraction[],
  contactsFirstSeen: ContactsFirstSeen,
  timeZone: string,
  now: Date,
  weekStartsOn: WeekStartsOn = 1,
): Streak {
  assertHabit(habit);
  const counts = weeklyCounts(habit, interactions, contactsFirstSeen, timeZone, now, weekStartsOn);
  const thisWeek = weekStartOf(todayIn(timeZone, now), weekStartsOn);
  const met = (week: IsoDate) => (counts.get(week) ?? 0) >= habit.target;
  const thisWeekMet = met(thisWeek);
  let weeks = thisWeekMet ? 1 : 0;
  // Terminates: only weeks with interactions can be met, and there are finitely many.
  for (let week = addDays(thisWeek, -7); met(week); week = addDays(week, -7)) weeks += 1;
  return { weeks, thisWeekMet };
}
