import { CRITERIA, DEFAULT_WEIGHTS, criterionPoints, hardRuleViolation, type Criterion, type MenteeProfile, type MentorProfile, type ScoringWeights } from '../matching/index';

/**
 * Self-service matching (PRODUCT.md §5): the rules with no I/O. How a program matches, the
 * request's state machine, which mentors a mentee may ask (the solver's hard rules) and how they
 * rank (the solver's scoring, put in plain words).
 */
export const MATCHING_MODES = ['coordinator', 'self_service', 'both'] as const;
export type MatchingMode = (typeof MATCHING_MODES)[number];
export const MATCHING_MODE_LABELS: Record<MatchingMode, string> = {
  coordinator: 'Coordinator only',
  self_service: 'Self-service',
  both: 'Both',
};
export const selfServiceOpen = (mode: string) => mode === 'self_service' || mode === 'both';

/** At most this many requests wait at once per mentee; a pending request expires after this many days. */
export const MAX_OPEN_REQUESTS = 3;
export const REQUEST_EXPIRY_DAYS = 14;
export const MESSAGE_MIN = 20;
export const MESSAGE_MAX = 1000;

export const REQUEST_STATUSES = ['pending', 'accepted_by_mentor', 'accepted', 'approved', 'declined', 'declined_by_coordinator', 'withdrawn', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_STATUSES: RequestStatus[] = ['pending', 'accepted_by_mentor'];
export const MATCHED_STATUSES: RequestStatus[] = ['accepted', 'approved'];

export type RequestAction = 'accept' | 'decline' | 'withdraw' | 'approve' | 'reject' | 'expire';
export type Refusal = { code: string; detail: string };

const DONE: Record<string, string> = {
  accepted: 'accepted',
  approved: 'approved by the coordinator',
  declined: 'declined',
  declined_by_coordinator: 'declined by the coordinator',
  withdrawn: 'withdrawn',
  expired: 'expired',
  accepted_by_mentor: 'accepted by the mentor and waits for a coordinator',
  pending: 'still waiting for the mentor',
};

/**
 * The state machine. In a minors' program the mentor's yes waits for a coordinator
 * (accepted_by_mentor); elsewhere it is the match (accepted).
 */
export function planRequestMove(status: string, action: RequestAction, minors: boolean): { to: RequestStatus } | { refusal: Refusal } {
  const from = status as RequestStatus;
  const allowed: Record<RequestAction, [RequestStatus[], RequestStatus]> = {
    accept: [['pending'], minors ? 'accepted_by_mentor' : 'accepted'],
    decline: [['pending'], 'declined'],
    withdraw: [['pending', 'accepted_by_mentor'], 'withdrawn'],
    approve: [['accepted_by_mentor'], 'approved'],
    reject: [['accepted_by_mentor'], 'declined_by_coordinator'],
    expire: [['pending'], 'expired'],
  };
  const [froms, to] = allowed[action];
  if (froms.includes(from)) return { to };
  return { refusal: { code: 'request_not_open', detail: `This request was already ${DONE[from] ?? from}.` } };
}

export const expiresAt = (createdAt: Date) => new Date(createdAt.getTime() + REQUEST_EXPIRY_DAYS * 86_400_000);

/** Why a pair breaks one of the solver's hard rules, named for the problem+json answer; null when it passes. */
export function hardRuleRefusal(mentee: MenteeProfile, mentor: MentorProfile, forbidden: boolean): Refusal | null {
  if (forbidden) return { code: 'forbidden_pair', detail: 'The coordinators ruled out this pairing.' };
  const why = hardRuleViolation(mentee, mentor, {}, new Set(mentee.managerId ? [mentee.managerId] : []), new Set());
  if (why === null) return null;
  if (why === "mentor is in the mentee's management chain") return { code: 'manager_pair', detail: 'This mentor is recorded as your manager; managers are never matched with their own reports.' };
  if (why === 'minor mentee needs a screened mentor') return { code: 'needs_screened_mentor', detail: 'Mentees under 18 are matched only with screened mentors, and this mentor’s screening is not complete.' };
  return { code: 'hard_rule', detail: `This pairing breaks a matching rule: ${why}.` };
}

export type Reason = { criterion: Criterion; points: number; text: string };
export type RankedMentor = { mentorId: string; score: number; breakdown: Record<string, number>; reasons: Reason[]; full: boolean };

const gapHours = (a: MenteeProfile, b: MentorProfile) => {
  if (a.timeZoneOffset === undefined || b.timeZoneOffset === undefined) return undefined;
  const d = Math.abs(a.timeZoneOffset - b.timeZoneOffset) % 24;
  return Math.min(d, 24 - d);
};

/** The score of a pair exactly as the coordinator's run computes it (criterion points × weight, zero terms left out), with each term in plain words. */
export function explainPair(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  weights: ScoringWeights = {},
  /** Profiles hold lower-cased tags; this gives a tag back as someone typed it. */
  shown: (tag: string) => string = (tag) => tag,
): { score: number; breakdown: Record<string, number>; reasons: Reason[] } {
  const w = { ...DEFAULT_WEIGHTS, ...weights };
  const pts = criterionPoints(mentee, mentor);
  const skills = new Set(mentor.skills ?? []);
  const shared = (mentee.growthAreas ?? []).filter((g) => skills.has(g));
  const langs = new Set(mentor.languages ?? []);
  const sharedLangs = (mentee.languages ?? []).filter((l) => langs.has(l));
  const gap = gapHours(mentee, mentor);
  const list = (xs: string[]) => xs.map(shown).join(', ');
  const text: Record<Criterion, string> = {
    growth: `shares your growth area${shared.length === 1 ? '' : 's'}: ${list(shared)}`,
    industry: `works in an industry you prefer: ${shown(mentor.industry ?? '')}`,
    role: `works in a role you want to learn about: ${shown(mentor.role ?? '')}`,
    language: `same language: ${list(sharedLangs)}`,
    timeZone: gap === undefined ? 'time zone not given' : gap === 0 ? 'same time zone' : `${gap} h time-zone gap`,
    unlikeMe: 'a background different from yours',
    stage: `likes mentoring people at your stage (${(mentee.stage ?? '').replace(/_/g, ' ')})`,
  };
  const breakdown: Record<string, number> = {};
  const reasons: Reason[] = [];
  let score = 0;
  for (const c of CRITERIA) {
    const v = pts[c] * w[c];
    score += v;
    if (v > 0) breakdown[c] = v;
    // The time-zone gap is worth knowing even when it earns nothing.
    if (v > 0 || (c === 'timeZone' && gap !== undefined)) reasons.push({ criterion: c, points: v, text: text[c] });
  }
  return { score, breakdown, reasons };
}

/**
 * The mentors a mentee may ask, best first: those breaking a hard rule (or forbidden, or the
 * mentee themselves) are left out; those with no capacity left stay in, marked full, after the rest.
 */
export function rankMentorsFor(
  mentee: MenteeProfile,
  mentors: { profile: MentorProfile; capacityLeft: number }[],
  weights: ScoringWeights,
  forbiddenMentorIds: Set<string>,
  shownFor: (mentorId: string) => (tag: string) => string = () => (tag) => tag,
): RankedMentor[] {
  const out: RankedMentor[] = [];
  for (const m of mentors) {
    if (hardRuleRefusal(mentee, m.profile, forbiddenMentorIds.has(m.profile.id))) continue;
    out.push({ mentorId: m.profile.id, ...explainPair(mentee, m.profile, weights, shownFor(m.profile.id)), full: m.capacityLeft <= 0 });
  }
  return out.sort((a, b) => Number(a.full) - Number(b.full) || b.score - a.score || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0));
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** Default texts: warm, specific, easy to say no to (the mentor directory's tone). */
export function defaultSelfServiceRequest(mentorName: string, menteeName: string, programName: string): string {
  return `Hi ${firstName(mentorName)}, I am in ${programName} and your experience fits what I want to grow in. Would you be my mentor? I will come prepared and follow through. If you cannot take me on, I completely understand. Thank you, ${firstName(menteeName)}`;
}
export function defaultSelfServiceAccept(menteeName: string, mentorName: string, minors: boolean): string {
  const wait = minors ? ' Once a coordinator confirms, we can plan our first conversation.' : ' Tell me the goals you want to work on and suggest a time for our first conversation.';
  return `Hi ${firstName(menteeName)}, I would be glad to mentor you.${wait} Looking forward to it! ${firstName(mentorName)}`;
}
export function defaultSelfServiceDecline(menteeName: string, mentorName: string): string {
  return `Hi ${firstName(menteeName)}, thank you for asking me: it means a lot. I cannot take on a new mentee right now, and I would rather say so than give you less than you deserve. Please ask another mentor in the program; you will find a good match. Warm wishes, ${firstName(mentorName)}`;
}
