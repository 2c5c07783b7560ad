import type { MenteeProfile, MentorProfile } from '../matching/index';

/** The rules of the programs room that need no I/O: screening, who may see a minor's contact details, profiles for matching. */
export const MEMBER_ROLES = ['coordinator', 'mentor', 'mentee', 'guardian'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const BACKGROUND_CHECKS = ['not_started', 'pending', 'cleared', 'failed'] as const;
export type BackgroundCheck = (typeof BACKGROUND_CHECKS)[number];
export const STAGES = ['student', 'early_career', 'mid_career', 'career_changer', 'returner'] as const;

export type Screening = {
  backgroundCheck: string;
  trainingCompletedOn: string | null;
  references: { name: string; contacted: boolean; ok: boolean }[];
};

/** What is still missing before a mentor counts as screened (empty = screened). */
export function screeningMissing(s: Screening | null): string[] {
  if (!s) return ['an application'];
  const missing: string[] = [];
  if (s.backgroundCheck !== 'cleared') missing.push(s.backgroundCheck === 'failed' ? 'a background check that did not fail' : 'a cleared background check');
  if (!s.trainingCompletedOn) missing.push('completed training');
  if (!s.references.some((r) => r.ok)) missing.push('at least one reference who vouched (ok)');
  return missing;
}

/** Screened = background check cleared, training completed, and at least one reference ok. */
export const isScreened = (s: Screening | null): boolean => screeningMissing(s).length === 0;

/** What the privacy rule needs to know about the person looking. */
export type Viewer = {
  userId: string;
  isCoordinator: boolean;
  /** Member ids of the minors whose guardian the viewer is (recorded in a consent). */
  guardianOf: Set<string>;
  /** Member ids of mentees the viewer mentors in a published match. */
  mentorOf: Set<string>;
  /** Whether the viewer's own mentor application is screened. */
  screenedMentor: boolean;
};

/**
 * A minor's e-mail and phone reach only coordinators, the minor, their guardian, and a *screened*
 * mentor matched to them. Adults' details are visible to whoever may see the member at all.
 */
export function canSeeContact(viewer: Viewer, member: { id: string; userId: string; isMinor: boolean }): boolean {
  if (viewer.isCoordinator || viewer.userId === member.userId) return true;
  if (!member.isMinor) return true;
  if (viewer.guardianOf.has(member.id)) return true;
  return viewer.mentorOf.has(member.id) && viewer.screenedMentor;
}

/**
 * One formatter per zone (null for a zone Intl does not know): building an Intl.DateTimeFormat
 * costs far more than formatting with it, and a program's mentors share a handful of zones, so a
 * list of 2,000 mentors built 2,000 formatters. Bounded, in case unvalidated zone names pile up.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const MAX_FORMATTERS = 1000;

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f !== undefined) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  } catch {
    f = null;
  }
  if (formatters.size >= MAX_FORMATTERS) formatters.clear();
  formatters.set(zone, f);
  return f;
}

/** Hours from UTC of an IANA zone at `at` (quarter hours kept), or undefined when unknown. */
export function timeZoneOffsetHours(zone: string | null, at: Date): number | undefined {
  if (!zone) return undefined;
  const formatter = formatterFor(zone);
  if (!formatter) return undefined;
  try {
    const parts = formatter.formatToParts(at);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    const utc = Math.floor(at.getTime() / 60_000) * 60_000;
    return Math.round((local - utc) / 900_000) / 4;
  } catch {
    return undefined;
  }
}

/** Tags compare case-insensitively: "Public speaking" and "public speaking" are one skill. */
const norm = (l: string[]) => l.map((x) => x.trim().toLowerCase()).filter(Boolean);

export type MenteeInput = {
  id: string;
  isMinor: boolean;
  growthAreas: string[];
  preferredIndustries: string[];
  preferredRoles: string[];
  languages: string[];
  timeZone: string | null;
  stage: string | null;
  managerMemberId: string | null;
};
export type MentorInput = {
  id: string;
  capacity: number;
  skills: string[];
  industries: string[];
  jobRole: string | null;
  languages: string[];
  timeZone: string | null;
  preferredStages: string[];
  screened: boolean;
};

export function menteeProfile(m: MenteeInput, at: Date): MenteeProfile {
  return {
    id: m.id,
    growthAreas: norm(m.growthAreas),
    preferredIndustries: norm(m.preferredIndustries),
    preferredRoles: norm(m.preferredRoles),
    languages: norm(m.languages),
    timeZoneOffset: timeZoneOffsetHours(m.timeZone, at),
    ...(m.managerMemberId ? { managerId: m.managerMemberId } : {}),
    isMinor: m.isMinor,
    ...(m.stage ? { stage: m.stage } : {}),
  };
}

/** The engine takes one industry per mentor: the first one listed is the mentor's main industry. */
export function mentorProfile(m: MentorInput, at: Date): MentorProfile {
  const industries = norm(m.industries);
  const role = m.jobRole ? m.jobRole.trim().toLowerCase() : undefined;
  return {
    id: m.id,
    capacity: Math.max(0, m.capacity),
    skills: norm(m.skills),
    ...(industries[0] ? { industry: industries[0] } : {}),
    ...(role ? { role } : {}),
    languages: norm(m.languages),
    timeZoneOffset: timeZoneOffsetHours(m.timeZone, at),
    screened: m.screened,
    preferredStages: m.preferredStages,
  };
}
