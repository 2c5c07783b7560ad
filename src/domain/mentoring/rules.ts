/**
 * Pure rules of the mentee's side of mentoring: the boss warning, the board-of-directors
 * coverage, agreement versions and their review date.
 */

export const MENTOR_KINDS = ['guardian_angel', 'shepherd', 'board_of_directors', 'other'] as const;
export type MentorKind = (typeof MENTOR_KINDS)[number];
export const MENTORSHIP_STATUSES = ['active', 'paused', 'closed'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];
export const GOAL_HORIZONS = ['one_year', 'two_year', 'long_term'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];
export const GOAL_POST_KINDS = ['progress', 'challenge'] as const;
export const ACTION_OWNERS = ['me', 'mentor'] as const;

export type MentorWarning = { code: 'own_manager' | 'management_circle'; message: string };

/**
 * A mentor should never be your own boss: you cannot speak freely to the person who rates you.
 * Flagged by the user, or guessed from the contact's circle in the network.
 */
export function mentorWarnings(m: { isManager: boolean; circle: string | null }): MentorWarning[] {
  const out: MentorWarning[] = [];
  if (m.isManager) {
    out.push({ code: 'own_manager', message: 'This mentor is your manager or in your management chain. Keep them as your boss, and find a mentor you can speak to freely.' });
  } else if (m.circle === 'management') {
    out.push({ code: 'management_circle', message: 'This person is in your management circle. If they are in your reporting line, look for a mentor outside it.' });
  }
  return out;
}

/** Areas are compared case-insensitively and shown as first written. */
const keyOf = (area: string) => area.trim().toLowerCase();

export function normaliseAreas(areas: string[]): string[] {
  const seen = new Map<string, string>();
  for (const a of areas) {
    const t = a.trim();
    if (t && !seen.has(keyOf(t))) seen.set(keyOf(t), t);
  }
  return [...seen.values()];
}

export type BoardMentor = { id: string; name: string; kind: MentorKind; status: MentorshipStatus; areas: string[] };

/**
 * The personal board of directors: which active (or paused) mentor covers which growth area, and
 * the areas the user wants to grow in (from goals and the wish list) that nobody covers.
 */
export function boardCoverage(mentors: BoardMentor[], wantedAreas: string[]) {
  const current = mentors.filter((m) => m.status !== 'closed');
  const byArea = new Map<string, { area: string; mentors: { id: string; name: string; kind: MentorKind }[] }>();
  for (const m of current) {
    for (const area of normaliseAreas(m.areas)) {
      const entry = byArea.get(keyOf(area)) ?? { area, mentors: [] };
      entry.mentors.push({ id: m.id, name: m.name, kind: m.kind });
      byArea.set(keyOf(area), entry);
    }
  }
  const uncovered = normaliseAreas(wantedAreas).filter((a) => !byArea.has(keyOf(a)));
  const covered = [...byArea.values()].sort((a, b) => a.area.localeCompare(b.area));
  return { covered, uncovered: uncovered.sort((a, b) => a.localeCompare(b)) };
}

export type AgreementTerms = {
  goals: string | null;
  cadence: string | null;
  channels: string | null;
  responseTimes: string | null;
  confidentiality: string | null;
  duration: string | null;
  reviewOn: string | null;
};

export const TERM_KEYS = ['goals', 'cadence', 'channels', 'responseTimes', 'confidentiality', 'duration', 'reviewOn'] as const;

/** A revision only when something changed: saving the same terms again is not a new version. */
export function termsChanged(prev: AgreementTerms | null, next: AgreementTerms): boolean {
  if (!prev) return true;
  return TERM_KEYS.some((k) => (prev[k] ?? null) !== (next[k] ?? null));
}

export const nextVersion = (latest: number | null) => (latest ?? 0) + 1;

/** The review date has come (or passed) on the user's local day. */
export const reviewDue = (reviewOn: string | null, today: string) => reviewOn !== null && reviewOn <= today;

export type Acceptance = { menteeAcceptedAt: Date | null; mentorAcceptedAt: Date | null; mentorAgreedOn: string | null };

/** Accepted by both: the mentee in the app; the mentor in the app or, for an external mentor, in conversation. */
export const acceptedByBoth = (a: Acceptance) => a.menteeAcceptedAt !== null && (a.mentorAcceptedAt !== null || a.mentorAgreedOn !== null);

/** The e-mail asking trusted colleagues for introductions, from the wish list. */
export function wishListEmail(w: { lookingFor: string | null; skills: string | null; challenges: string | null; industry: string | null; why: string | null }, senderName: string, link: string | null) {
  const lines = ['Hi,', '', 'I am looking for a mentor and would be grateful for an introduction to someone you trust.', ''];
  if (w.lookingFor) lines.push(`Who: ${w.lookingFor}`);
  if (w.skills) lines.push(`Skills they have honed: ${w.skills}`);
  if (w.challenges) lines.push(`Challenges they have overcome: ${w.challenges}`);
  if (w.industry) lines.push(`Industry: ${w.industry}`);
  if (w.why) lines.push(`Why: ${w.why}`);
  if (link) lines.push('', `My full wish list: ${link}`);
  lines.push('', 'Someone unlike me is welcome too: another industry, age or background, as long as they have the skill.', '', 'Thank you!', senderName);
  return { subject: 'Could you introduce me to a mentor?', body: lines.join('\n') };
}
