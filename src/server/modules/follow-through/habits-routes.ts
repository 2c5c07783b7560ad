import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createHabitBody, habitListResponse, habitResponse, updateHabitBody } from '../../../domain/follow-through/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canHabit } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './habits-service';

const tags = ['habits'];

export const habitRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/habits', { schema: { tags, summary: "Weekly networking habits with this week's progress and streak", response: { 200: habitListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canHabit(actor, 'list', { userId: actor.userId }), 'habit');
    return { items: await svc.listHabits(db, actor.userId, new Date()), nextCursor: null };
  });

  app.post('/habits', { schema: { tags, summary: 'Set a weekly habit', body: createHabitBody, response: { 201: habitResponse } } }, async (req, reply) => {
    const actor = requireActor(req);
    allowOr404(canHabit(actor, 'create', { userId: actor.userId }), 'habit');
    return reply.code(201).send(await svc.createHabit(db, actor.userId, req.body, new Date()));
  });

  app.get('/habits/:id', { schema: { tags, summary: 'One habit', params: idParams, response: { 200: habitResponse } } }, async (req) => {
    const actor = requireActor(req);
    const row = await svc.findHabit(db, actor.userId, req.params.id);
    allowOr404(row !== null && canHabit(actor, 'read', row), 'habit');
    return svc.getHabit(db, actor.userId, row!, new Date());
  });

  app.patch('/habits/:id', { schema: { tags, summary: 'Change a habit', params: idParams, body: updateHabitBody, response: { 200: habitResponse } } }, async (req) => {
    const actor = requireActor(req);
    const row = await svc.findHabit(db, actor.userId, req.params.id);
    allowOr404(row !== null && canHabit(actor, 'update', row), 'habit');
    return (await svc.updateHabit(db, actor.userId, req.params.id, req.body, new Date()))!;
  });

  app.delete('/habits/:id', { schema: { tags, summary: 'Delete a habit', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const actor = requireActor(req);
    const row = await svc.findHabit(db, actor.userId, req.params.id);
    allowOr404(row !== null && canHabit(actor, 'delete', row), 'habit');
    await svc.deleteHabit(db, actor.userId, req.params.id);
    return reply.code(204).send(null);
  });
};
