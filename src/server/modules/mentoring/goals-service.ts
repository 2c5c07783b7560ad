import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { normaliseAreas, type GoalHorizon } from '../../../domain/mentoring/index';
import type { createGoalBody, goalPostBody, GoalResponse, updateGoalBody } from '../../../domain/mentoring/api';
import { badRequest, notFound } from '../../errors';
import * as q from './queries';
import { presentMentorships } from './mentorships-service';
import { todayFor } from './clock';
import { syncQuietNudges } from './health-service';
import { getUser } from '../accounts/service';

async function presentGoals(db: DbOrTx, userId: string, goals: q.GoalRow[]): Promise<GoalResponse[]> {
  const ids = goals.map((g) => g.id);
  const posts = await q.listGoalPosts(db, userId, ids);
  const shares = await q.listShares(db, userId, { goalIds: ids });
  const authors = new Map<string, string>();
  for (const a of new Set(posts.flatMap((p) => (p.authorUserId ? [p.authorUserId] : [])))) authors.set(a, (await getUser(db as Db, a)).name);
  const mentors = new Map(
    (await presentMentorships(db, userId, await q.findMentorshipsByIds(db, userId, [...new Set(shares.map((s) => s.mentorshipId))]))).map((m) => [m.id, m]),
  );
  return goals.map((g) => ({
    id: g.id,
    horizon: g.horizon as GoalHorizon,
    title: g.title,
    description: g.description,
    areas: g.areas,
    achieved: g.achieved,
    sharedWith: shares
      .filter((s) => s.goalId === g.id)
      .map((s) => ({ mentorshipId: s.mentorshipId, name: mentors.get(s.mentorshipId)?.contact?.displayName ?? 'Deleted contact' })),
    posts: posts
      .filter((p) => p.goalId === g.id)
      .map((p) => ({ id: p.id, kind: p.kind as 'progress', body: p.body, postedOn: p.postedOn, createdAt: p.createdAt.toISOString(), authorName: p.authorUserId ? (authors.get(p.authorUserId) ?? 'Your mentor') : null })),
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
  }));
}

async function goalResponse(db: DbOrTx, userId: string, id: string) {
  const g = await q.findGoal(db, userId, id);
  if (!g) throw notFound('goal');
  return (await presentGoals(db, userId, [g]))[0]!;
}

/** Only the caller's own mentorships can be shared with; another's id reads as unknown. */
async function checkShares(db: DbOrTx, userId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = new Set((await q.findMentorshipsByIds(db, userId, unique)).map((m) => m.id));
  const errors = ids.flatMap((id, i) => (found.has(id) ? [] : [{ path: `sharedWith.${i}`, message: 'No such mentorship' }]));
  if (errors.length) throw badRequest(`${errors[0]!.path}: No such mentorship`, errors);
  return unique;
}

export const findGoal = (db: DbOrTx, userId: string, id: string) => q.findGoal(db, userId, id);

export async function listGoals(db: DbOrTx, userId: string) {
  return { items: await presentGoals(db, userId, await q.listGoals(db, userId)), nextCursor: null };
}

export const getGoal = goalResponse;

export async function createGoal(db: Db, userId: string, body: z.output<typeof createGoalBody>) {
  return db.transaction(async (tx) => {
    const shares = await checkShares(tx, userId, body.sharedWith);
    const g = await q.insertGoal(tx, userId, { horizon: body.horizon, title: body.title, description: body.description ?? null, areas: normaliseAreas(body.areas) });
    await q.replaceShares(tx, g.id, shares);
    return goalResponse(tx, userId, g.id);
  });
}

export async function updateGoal(db: Db, userId: string, id: string, patch: z.output<typeof updateGoalBody>) {
  return db.transaction(async (tx) => {
    if (!(await q.findGoal(tx, userId, id))) throw notFound('goal');
    const values: Partial<q.GoalValues> = {};
    if (patch.horizon !== undefined) values.horizon = patch.horizon;
    if (patch.title !== undefined) values.title = patch.title;
    if (patch.description !== undefined) values.description = patch.description;
    if (patch.areas !== undefined) values.areas = normaliseAreas(patch.areas);
    if (patch.achieved !== undefined) values.achieved = patch.achieved;
    if (patch.sharedWith !== undefined) await q.replaceShares(tx, id, await checkShares(tx, userId, patch.sharedWith));
    await q.updateGoal(tx, userId, id, values);
    return goalResponse(tx, userId, id);
  });
}

export async function deleteGoal(db: DbOrTx, userId: string, id: string) {
  if (!(await q.deleteGoal(db, userId, id))) throw notFound('goal');
}

/** A progress update or a new challenge on the goal's thread, dated today unless told. */
export async function postOnGoal(db: Db, userId: string, id: string, body: z.output<typeof goalPostBody>, now: Date) {
  return db.transaction(async (tx) => {
    if (!(await q.findGoal(tx, userId, id))) throw notFound('goal');
    await q.insertGoalPost(tx, userId, { goalId: id, kind: body.kind, body: body.body, postedOn: body.postedOn ?? (await todayFor(tx, userId, now)) });
    await q.updateGoal(tx, userId, id, {});
    await syncQuietNudges(tx, userId, now, (await q.listShares(tx, userId, { goalIds: [id] })).map((s) => s.mentorshipId));
    return goalResponse(tx, userId, id);
  });
}

/** The areas of growth of the user's goals not yet achieved: what they want a mentor for. */
export async function openGoalAreas(db: DbOrTx, userId: string) {
  return normaliseAreas((await q.listGoals(db, userId)).filter((g) => !g.achieved).flatMap((g) => g.areas));
}
