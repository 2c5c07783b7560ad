import type { DbOrTx } from '../../db/client';
import type { MenteeProfile, MentorProfile } from '../../../domain/matching/index';
import { todayIn } from '../../../domain/follow-through/local-time';
import { isScreened, menteeProfile, mentorProfile } from '../../../domain/programs/rules';
import { hardRuleRefusal, type Refusal } from '../../../domain/programs/self-service';
import { conflict } from '../../errors';
import * as mq from './match-queries';
import * as q from './queries';
import * as sq from './self-service-queries';

/**
 * The mentor pool a cohort's mentee chooses from, built the way the coordinator's run builds it
 * (matching-service.ts `participants`): mentors with an application whose background check has not
 * failed, the cohort's latest run's weights and forbidden pairs. Capacity left counts every current
 * match of the mentor in the program and the requests a mentor accepted that wait for approval.
 */
export type PoolMentor = { member: q.MemberWithUser; application: q.ApplicationRow; screened: boolean; capacityLeft: number; profile: MentorProfile };
export type Pool = Awaited<ReturnType<typeof poolFor>>;

/** `scope` narrows the pool to a few people (one request's pair) instead of the whole program. */
export async function poolFor(db: DbOrTx, programId: string, cohortId: string, now: Date, exceptRequest?: string, scope?: { mentorIds: string[]; menteeIds: string[] }) {
  // One after another: inside a transaction they share one connection.
  const mentorMembers = await q.listMembers(db, programId, { role: 'mentor', ...(scope ? { onlyIds: scope.mentorIds } : {}) }, null, 100_000);
  const applications = await q.allApplications(db, programId);
  const current = { cohortId, today: todayIn('UTC', now) };
  const matches = await q.matchesOfProgram(db, programId, { ...(scope ? { memberIds: [...scope.mentorIds, ...scope.menteeIds] } : {}), current });
  const latest = await mq.latestRun(db, cohortId);
  const consents = await q.consentsFor(db, programId, scope?.menteeIds);
  const reserved = await sq.reservedAt(db, programId, mentorMembers.map((m) => m.id), exceptRequest);
  const used = new Map<string, number>();
  for (const m of matches) used.set(m.mentorMemberId, (used.get(m.mentorMemberId) ?? 0) + 1);
  const appOf = new Map(applications.map((a) => [a.memberId, a]));
  const mentors: PoolMentor[] = mentorMembers.flatMap((m) => {
    const a = appOf.get(m.id);
    if (!a || a.backgroundCheck === 'failed') return [];
    const screened = isScreened(a);
    const capacityLeft = a.capacity - (used.get(m.id) ?? 0) - (reserved.get(m.id) ?? 0);
    return [{ member: m, application: a, screened, capacityLeft, profile: mentorProfile({ ...a, id: m.id, capacity: Math.max(0, capacityLeft), screened }, now) }];
  });
  return {
    mentors,
    matches,
    weights: latest?.weights ?? {},
    forbidden: latest?.forbidden ?? [],
    consented: new Set(consents.map((c) => c.menteeMemberId)),
    guardianOf: new Map(consents.map((c) => [c.menteeMemberId, c.guardianMemberId])),
  };
}

/** A mentor of the "Choose a mentor" list: the chooser's slim row, with capacity and profile built as in `poolFor`. */
export type ChoiceMentor = { memberId: string; userId: string; name: string; application: sq.ChooserMentorRow; screened: boolean; capacityLeft: number; profile: MentorProfile };

/**
 * `poolFor` for one mentee's "Choose a mentor" list: the same mentors, capacity, weights and
 * forbidden pairs, but only the columns the list needs, narrowed in SQL by the list's filters, and
 * counted per mentor in SQL instead of loading every match, member and application of the program.
 */
export async function choicePool(db: DbOrTx, programId: string, cohortId: string, mentee: q.MemberRow, now: Date, filter: { words: string[]; language?: string }) {
  // One after another: inside a transaction they share one connection.
  const rows = await sq.chooserMentors(db, programId, filter);
  const current = { cohortId, today: todayIn('UTC', now) };
  const used = await sq.matchCountsByMentor(db, programId, current);
  const reserved = await sq.reservedByMentor(db, programId);
  const latest = await mq.latestRun(db, cohortId);
  const consents = await q.consentsFor(db, programId, [mentee.id]);
  const matches = await q.matchesOfProgram(db, programId, { memberIds: [mentee.id], current });
  const mentors: ChoiceMentor[] = rows.map((r) => {
    const screened = isScreened(r);
    const capacityLeft = r.capacity - (used.get(r.memberId) ?? 0) - (reserved.get(r.memberId) ?? 0);
    return { memberId: r.memberId, userId: r.userId, name: r.name, application: r, screened, capacityLeft, profile: mentorProfile({ ...r, id: r.memberId, capacity: Math.max(0, capacityLeft), screened }, now) };
  });
  return {
    mentors,
    matches: matches.filter((m) => m.menteeMemberId === mentee.id),
    weights: latest?.weights ?? {},
    forbidden: (latest?.forbidden ?? []).filter((f) => f.mentee === mentee.id),
    consented: new Set(consents.map((c) => c.menteeMemberId)),
  };
}

export const profileOf = (mentee: q.MemberRow, now: Date): MenteeProfile => menteeProfile(mentee, now);

/** Why this mentee cannot ask (or be matched) now, before looking at a particular mentor; null when they can. */
export function menteeBlock(pool: Pick<Pool, 'matches' | 'consented'>, mentee: q.MemberRow, cohortId: string): Refusal | null {
  if (mentee.cohortId !== cohortId) return { code: 'no_cohort', detail: 'This mentee is no longer in the cohort the request was made for.' };
  const match = pool.matches.find((m) => m.menteeMemberId === mentee.id);
  if (match) {
    return match.cohortId === cohortId
      ? { code: 'already_matched', detail: 'You already have a mentor in this cohort; see your match on the Overview tab.' }
      : { code: 'matched_elsewhere', detail: 'You are still matched in another cohort of this program.' };
  }
  if (mentee.isMinor && !pool.consented.has(mentee.id)) return { code: 'waiting_for_consent', detail: 'A guardian’s consent has to be recorded before you can choose a mentor. Ask your coordinator.' };
  return null;
}

/** Every rule a pair must pass to be requested or matched, with the problem it answers (409, naming the rule). */
export function assertPairAllowed(pool: Pool, mentee: q.MemberWithUser | q.MemberRow, mentorMemberId: string, cohortId: string, now: Date): PoolMentor {
  const block = menteeBlock(pool, mentee, cohortId);
  if (block) throw conflict(block.code, block.detail);
  const mentor = pool.mentors.find((m) => m.member.id === mentorMemberId);
  if (!mentor) throw conflict('mentor_unavailable', 'This mentor is no longer available in the program (no application, or a failed background check).');
  if (mentor.member.userId === mentee.userId) throw conflict('same_person', 'You cannot be your own mentor.');
  const forbidden = pool.forbidden.some((f) => f.mentee === mentee.id && f.mentor === mentorMemberId);
  const refusal = hardRuleRefusal(profileOf(mentee, now), mentor.profile, forbidden);
  if (refusal) throw conflict(refusal.code, refusal.detail);
  if (mentor.capacityLeft <= 0) throw conflict('mentor_full', `${mentor.member.name} has no place left in this program. Choose another mentor.`);
  return mentor;
}

/** Tags as the mentor or mentee typed them (profiles compare them lower-cased). */
export function tagSpelling(mentee: q.MemberRow, mentor: { application: Pick<q.ApplicationRow, 'skills' | 'industries' | 'languages' | 'jobRole'> }) {
  const spelled = new Map<string, string>();
  const a = mentor.application;
  // The mentee's own spelling wins: the list is written to them.
  for (const t of [...a.skills, ...a.industries, ...a.languages, ...(a.jobRole ? [a.jobRole] : []), ...mentee.growthAreas, ...mentee.preferredIndustries, ...mentee.preferredRoles, ...mentee.languages]) {
    spelled.set(t.trim().toLowerCase(), t.trim());
  }
  return (tag: string) => spelled.get(tag) ?? tag;
}
