/**
 * Relationship health: a mentorship has gone quiet when nothing happened (a meeting, an
 * interaction with the mentor, a progress update, a thread message) for longer than its
 * agreement's meeting cadence × 1.5, or 8 weeks without a cadence we can read. Pure.
 */

export const QUIET_FACTOR = 1.5;
export const QUIET_DEFAULT_DAYS = 56;

const WORDS: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, other: 2 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, quarter: 91, year: 365 };

/**
 * The meeting cadence in days from the agreement's free text ("monthly", "every two weeks",
 * "twice a month", "every 3 weeks, 45 minutes"), or null when the text names none.
 */
export function cadenceDays(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = text.toLowerCase();
  if (/\b(bi-?weekly|fortnight(ly)?)\b/.test(t)) return 14;
  if (/\bquarterly\b/.test(t)) return 91;
  const times = /\b(twice|two times|three times|\d+ times)\s+(a|an|per|each)\s+(week|month|quarter|year)\b/.exec(t);
  if (times) {
    const n = times[1] === 'twice' || times[1] === 'two times' ? 2 : times[1] === 'three times' ? 3 : parseInt(times[1]!, 10);
    return n > 0 ? Math.max(1, Math.round(UNIT_DAYS[times[3]!]! / n)) : null;
  }
  const every = /\bevery\s+(\d+|one|two|three|four|five|six|other)?\s*(day|week|month|quarter|year)s?\b/.exec(t);
  if (every) {
    const n = every[1] ? (WORDS[every[1]] ?? parseInt(every[1], 10)) : 1;
    return n > 0 ? n * UNIT_DAYS[every[2]!]! : null;
  }
  const per = /\b(once\s+)?(a|an|per|each)\s+(week|month|quarter|year)\b/.exec(t);
  if (per) return UNIT_DAYS[per[3]!]!;
  const ly = /\b(daily|weekly|monthly|yearly|annually)\b/.exec(t);
  if (ly) return { daily: 1, weekly: 7, monthly: 30, yearly: 365, annually: 365 }[ly[1] as 'daily']!;
  return null;
}

export function quietAfterDays(cadenceText: string | null | undefined): number {
  const c = cadenceDays(cadenceText);
  return c === null ? QUIET_DEFAULT_DAYS : Math.ceil(c * QUIET_FACTOR);
}

const dayNumber = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

export type HealthInput = {
  status: 'active' | 'paused' | 'closed';
  /** Local dates of everything that happened (meetings, interactions, updates, messages), and the start. */
  activity: readonly (string | null | undefined)[];
  startedOn: string | null;
  cadence: string | null | undefined;
  today: string;
};
export type Health = { quiet: boolean; lastActivityOn: string | null; quietDays: number; quietWeeks: number; thresholdDays: number };

/** Only an active mentorship goes quiet; a paused or closed one is quiet on purpose. */
export function mentorshipHealth(input: HealthInput): Health {
  const dates = [...input.activity, input.startedOn].filter((d): d is string => !!d && d <= input.today).sort();
  const last = dates[dates.length - 1] ?? null;
  const thresholdDays = quietAfterDays(input.cadence);
  const quietDays = last ? dayNumber(input.today) - dayNumber(last) : 0;
  const quiet = input.status === 'active' && last !== null && quietDays > thresholdDays;
  return { quiet, lastActivityOn: last, quietDays, quietWeeks: Math.floor(quietDays / 7), thresholdDays };
}

export const quietLabel = (weeks: number) => `Quiet for ${weeks} week${weeks === 1 ? '' : 's'}`;

// Closure and paying it forward (seeds 002 and 003)

/**
 * A first mentor profile from what the mentee grew in: the mentorship's areas and its shared goals'
 * areas become skills they can now help someone else with; what they learned seeds the bio.
 */
export function payItForwardDraft(input: { areas: readonly string[]; goalAreas: readonly string[]; learned: string | null; existingSkills?: readonly string[] }) {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const a of [...(input.existingSkills ?? []), ...input.areas, ...input.goalAreas]) {
    const t = a.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      skills.push(t);
    }
  }
  const learned = input.learned?.trim();
  const bio = learned ? `A mentor helped me grow. What I learned: ${learned.length > 1500 ? `${learned.slice(0, 1500)}…` : learned} Now I would like to pass it on.` : 'A mentor helped me grow; now I would like to pass it on.';
  return { skills: skills.slice(0, 30), bio };
}
