import { DateTime } from 'luxon';
import * as rrule from 'rrule';
import type { Options, Weekday } from 'rrule';

/**
 * Recurring events (a regional meet-up "every 2nd Tuesday, monthly, 6 times"). The rule is worked
 * out by rrule on the event's wall clock ("floating" times: the local date and time written as if
 * UTC), then each local time is placed in the event's zone by luxon, so an occurrence keeps its
 * 18:00 across a daylight-saving change instead of sliding to 17:00 or 19:00.
 */
// rrule ships ES modules for bundlers and a UMD build for Node, whose ESM loader sees only `default`.
const RRule: typeof rrule.RRule = rrule.RRule ?? (rrule as unknown as { default: typeof rrule }).default.RRule;

export const REPEAT_FREQS = ['weekly', 'monthly'] as const;
export type RepeatFreq = (typeof REPEAT_FREQS)[number];
/** monthly by weekday: "the 2nd Tuesday" (the start's position in its month); by date: "the 14th". */
export const MONTHLY_BY = ['weekday', 'date'] as const;
export type Repeat = { freq: RepeatFreq; interval: number; monthlyBy?: (typeof MONTHLY_BY)[number]; count?: number | null; until?: string | null };
export const MAX_OCCURRENCES = 52;

const WEEKDAYS: Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const ORDINALS = ['1st', '2nd', '3rd', '4th'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Which week of its month a day is in: 1–4, or -1 for a fifth week (then "the last"). */
export function nthOfMonth(day: number): number {
  const n = Math.ceil(day / 7);
  return n > 4 ? -1 : n;
}

function options(start: DateTime, r: Repeat): Partial<Options> {
  const floating = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second));
  const o: Partial<Options> = { freq: r.freq === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY, interval: r.interval, dtstart: floating, wkst: RRule.MO };
  const weekday = WEEKDAYS[start.weekday - 1]!;
  if (r.freq === 'weekly') o.byweekday = [weekday];
  else if (r.monthlyBy === 'date') o.bymonthday = [start.day];
  else o.byweekday = [weekday.nth(nthOfMonth(start.day))];
  if (r.count) o.count = r.count;
  if (r.until) {
    const [y, m, d] = r.until.split('-').map(Number) as [number, number, number];
    o.until = new Date(Date.UTC(y, m - 1, d, 23, 59, 59));
  }
  return o;
}

/** The RRULE text kept with the series (on the event's wall clock). */
export function ruleText(startsAt: Date, timeZone: string, r: Repeat): string {
  return RRule.optionsToString({ ...options(DateTime.fromJSDate(startsAt, { zone: timeZone }), r), dtstart: null });
}

/**
 * The starts of every occurrence (the first is the given start), at most `limit`. Each keeps the
 * first one's local time in `timeZone`; a local time that does not exist (a spring-forward gap)
 * moves forward by the gap, as luxon does.
 */
export function occurrenceStarts(startsAt: Date, timeZone: string, r: Repeat, limit = MAX_OCCURRENCES + 1): Date[] {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const rule = new RRule(options(start, r));
  return rule
    .all((_, i) => i < limit)
    .map((d) => DateTime.fromObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() }, { zone: timeZone }).toJSDate());
}

/** "Every 2 weeks on Tuesday, 6 times", "Monthly on the 2nd Tuesday, until 30 Jun 2027". */
export function repeatLabel(startsAt: Date, timeZone: string, r: Repeat): string {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const every = r.interval === 1 ? (r.freq === 'weekly' ? 'Weekly' : 'Monthly') : `Every ${r.interval} ${r.freq === 'weekly' ? 'weeks' : 'months'}`;
  const dayName = DAY_NAMES[start.weekday - 1]!;
  const nth = nthOfMonth(start.day);
  const on = r.freq === 'weekly' ? `on ${dayName}` : r.monthlyBy === 'date' ? `on day ${start.day}` : `on the ${nth === -1 ? 'last' : ORDINALS[nth - 1]} ${dayName}`;
  const end = r.count ? `${r.count} times` : r.until ? `until ${DateTime.fromISO(r.until).toFormat('d LLL yyyy')}` : '';
  return [`${every} ${on}`, end].filter(Boolean).join(', ');
}

/**
 * Move one occurrence the way an edited one moved: by the same number of days, to the edited one's
 * new local start time, lasting as long, in the (possibly new) zone. Keeps each date's wall clock.
 */
export function shiftOccurrence(
  o: { startsAt: Date; timeZone: string },
  before: { startsAt: Date; timeZone: string },
  after: { startsAt: Date; endsAt: Date; timeZone: string },
): { startsAt: Date; endsAt: Date } {
  const was = DateTime.fromJSDate(before.startsAt, { zone: before.timeZone });
  const now = DateTime.fromJSDate(after.startsAt, { zone: after.timeZone });
  const days = Math.round(now.startOf('day').diff(DateTime.fromObject({ year: was.year, month: was.month, day: was.day }, { zone: after.timeZone }), 'days').days);
  const local = DateTime.fromJSDate(o.startsAt, { zone: o.timeZone }).plus({ days });
  const startsAt = DateTime.fromObject({ year: local.year, month: local.month, day: local.day, hour: now.hour, minute: now.minute }, { zone: after.timeZone }).toJSDate();
  return { startsAt, endsAt: new Date(startsAt.getTime() + (after.endsAt.getTime() - after.startsAt.getTime())) };
}
