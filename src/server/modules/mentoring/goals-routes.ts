import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createGoalBody, goalListResponse, goalPostBody, goalResponse, updateGoalBody } from '../../../domain/mentoring/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorship, type MentorshipPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './goals-service';

const tags = ['mentoring goals'];

async function ownGoal(db: Db, req: FastifyRequest, id: string, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findGoal(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, action, row), 'goal');
  return actor.userId;
}

export const goalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/mentoring-goals', { schema: { tags, summary: 'Your one-year, two-year and long-term goals with their threads', response: { 200: goalListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canMentorship(actor, 'list', { userId: actor.userId }), 'goal');
    return svc.listGoals(db, actor.userId);
  });

  app.post('/mentoring-goals', { schema: { tags, summary: 'Set a goal, optionally shared with some of your mentors', body: createGoalBody, response: { 201: goalResponse } } }, async (req, reply) => {
    const actor = requireActor(req);
    allowOr404(canMentorship(actor, 'create', { userId: actor.userId }), 'goal');
    return reply.code(201).send(await svc.createGoal(db, actor.userId, req.body));
  });

  app.get('/mentoring-goals/:id', { schema: { tags, summary: 'One goal with its thread', params: idParams, response: { 200: goalResponse } } }, async (req) => {
    const userId = await ownGoal(db, req, req.params.id, 'read');
    return svc.getGoal(db, userId, req.params.id);
  });

  app.patch('/mentoring-goals/:id', { schema: { tags, summary: 'Change a goal, who it is shared with, or mark it achieved', params: idParams, body: updateGoalBody, response: { 200: goalResponse } } }, async (req) => {
    const userId = await ownGoal(db, req, req.params.id, 'update');
    return svc.updateGoal(db, userId, req.params.id, req.body);
  });

  app.delete('/mentoring-goals/:id', { schema: { tags, summary: 'Delete a goal and its thread', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const userId = await ownGoal(db, req, req.params.id, 'delete');
    await svc.deleteGoal(db, userId, req.params.id);
    return reply.code(204).send(null);
  });

  app.post('/mentoring-goals/:id/posts', { schema: { tags, summary: 'Post a progress update or a new challenge on the goal', params: idParams, body: goalPostBody, response: { 201: goalResponse } } }, async (req, reply) => {
    const userId = await ownGoal(db, req, req.params.id, 'update');
    return reply.code(201).send(await svc.postOnGoal(db, userId, req.params.id, req.body, new Date()));
  });
};
