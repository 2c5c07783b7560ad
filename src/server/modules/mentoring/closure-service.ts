import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { mentorProfileBody } from '../../../domain/mentor-directory/api';
import { payItForwardDraft, type MentorshipStatus } from '../../../domain/mentoring/index';
import type { closeMentorshipBody, PayItForwardResponse, ReflectionResponse } from '../../../domain/mentoring/health-api';
import { conflict, notFound } from '../../errors';
import { getOwnProfile, saveProfile } from '../mentor-directory/profile-service';
import { removeRoomItem } from '../follow-through/room-items-service';
import { todayFor } from './clock';
import { hideActionItemsFromToday } from './action-items-on-today';
import { endShadows } from './shadow-service';
import * as q from './queries';
import * as dq from './depth-queries';

/**
 * Closure (PRODUCT §4): either side ends a mentorship with a reflection (what I learned, what
 * worked, what I would change) that only its writer reads. Ending takes the mentorship's open
 * steps off the mentee's Today (action items, the quiet nudge, shadow days); the mentee is then
 * invited to pay it forward with a mentor profile started from what they grew in.
 */

type Body = z.output<typeof closeMentorshipBody>;

async function end(tx: DbOrTx, m: q.MentorshipRow, authorUserId: string, body: Body, now: Date) {
  await dq.upsertReflection(tx, m.userId, { mentorshipId: m.id, authorUserId, learned: body.learned ?? null, worked: body.worked ?? null, wouldChange: body.wouldChange ?? null });
  if (m.status !== 'closed') {
    await q.updateMentorship(tx, m.userId, m.id, { status: 'closed', closedOn: await todayFor(tx, m.userId, now), quietNudgedFor: null });
    await clearFromToday(tx, m.userId, m.id);
  }
}

/** A closed mentorship's open steps leave the mentee's Today: action items, the quiet nudge, shadow days. */
export async function clearFromToday(tx: DbOrTx, userId: string, mentorshipId: string) {
  const meetings = await q.listMeetings(tx, userId, mentorshipId);
  const open = (await q.listActionItems(tx, userId, meetings.map((x) => x.id))).filter((i) => i.doneAt === null);
  await hideActionItemsFromToday(tx, userId, open.map((i) => i.id));
  await removeRoomItem(tx, userId, 'mentorship', mentorshipId, 'quiet');
  await endShadows(tx, userId, mentorshipId);
}

async function reflectionOf(db: DbOrTx, m: q.MentorshipRow, authorUserId: string): Promise<ReflectionResponse> {
  const r = await dq.findReflection(db, m.userId, m.id, authorUserId);
  return { learned: r?.learned ?? null, worked: r?.worked ?? null, wouldChange: r?.wouldChange ?? null, writtenAt: r?.createdAt.toISOString() ?? null, status: m.status as MentorshipStatus, closedOn: m.closedOn };
}

export async function closeAsMentee(db: Db, userId: string, id: string, body: Body, now: Date) {
  return db.transaction(async (tx) => {
    const m = await q.findMentorship(tx, userId, id, true);
    if (!m) throw notFound('mentorship');
    await end(tx, m, userId, body, now);
    return reflectionOf(tx, (await q.findMentorship(tx, userId, id))!, userId);
  });
}

export async function closeAsMentor(db: Db, mentorUserId: string, mentorshipId: string, body: Body, now: Date) {
  return db.transaction(async (tx) => {
    const m = await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId, true);
    if (!m) throw notFound('mentee');
    await end(tx, m, mentorUserId, body, now);
    return reflectionOf(tx, (await q.findMentorshipForMentor(tx, mentorUserId, mentorshipId))!, mentorUserId);
  });
}

export async function menteeReflection(db: DbOrTx, userId: string, id: string) {
  const m = await q.findMentorship(db, userId, id);
  if (!m) throw notFound('mentorship');
  return reflectionOf(db, m, userId);
}

export async function mentorReflection(db: DbOrTx, mentorUserId: string, mentorshipId: string) {
  const m = await q.findMentorshipForMentor(db, mentorUserId, mentorshipId);
  if (!m) throw notFound('mentee');
  return reflectionOf(db, m, mentorUserId);
}

async function draftFor(db: DbOrTx, userId: string, m: q.MentorshipRow) {
  const shares = await q.listShares(db, userId, { mentorshipId: m.id });
  const goals = (await q.listGoals(db, userId)).filter((g) => shares.some((s) => s.goalId === g.id));
  const r = await dq.findReflection(db, userId, m.id, userId);
  const profile = await getOwnProfile(db, userId);
  const draft = payItForwardDraft({ areas: m.areas, goalAreas: goals.flatMap((g) => g.areas), learned: r?.learned ?? m.reflection, existingSkills: profile.skills });
  return { draft, profile };
}

export async function payItForward(db: DbOrTx, userId: string, id: string): Promise<PayItForwardResponse> {
  const m = await q.findMentorship(db, userId, id);
  if (!m) throw notFound('mentorship');
  const { draft, profile } = await draftFor(db, userId, m);
  return { ...draft, hasProfile: profile.exists, profileListed: profile.listed };
}

/** One click: a mentor profile (private until the user lists it) with the skills from this mentorship. */
export async function startMentorProfile(db: Db, userId: string, id: string, now: Date) {
  const m = await q.findMentorship(db, userId, id);
  if (!m) throw notFound('mentorship');
  if (m.status !== 'closed') throw conflict('mentorship_not_closed', 'Paying it forward starts once a mentorship has ended.');
  const { draft, profile } = await draftFor(db, userId, m);
  const body = mentorProfileBody.parse({
    listed: profile.listed,
    skills: draft.skills,
    challenges: profile.challenges,
    languages: profile.languages,
    industry: profile.industry,
    role: profile.role,
    region: profile.region,
    timezone: profile.timezone,
    availability: profile.availability,
    openToTeens: profile.openToTeens,
    bio: profile.bio ?? draft.bio,
    ageBand: profile.ageBand,
    gender: profile.gender,
  });
  return saveProfile(db, userId, body, now);
}
