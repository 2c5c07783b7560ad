import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFindBody, findListResponse, findResponse } from '../../../domain/follow-through/finds-api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404 } from '../../policies/index';
import type { AppDeps } from '../../app';
import { canFind } from './finds-policy';
import * as svc from './finds-service';

const tags = ['follow-through'];
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const findRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/finds', { schema: { tags, summary: 'Things you saved to share, newest first', querystring: listQuery, response: { 200: findListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canFind(actor, 'list', { userId: actor.userId }), 'find');
    return { items: await svc.listFinds(db, actor.userId, req.query.limit), nextCursor: null };
  });

  app.post(
    '/finds',
    {
      schema: {
        tags,
        summary: 'Save an article, job or event; Today proposes sharing it with each contact who cares about its topics',
        body: createFindBody,
        response: { 201: findResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canFind(actor, 'create', { userId: actor.userId }), 'find');
      return reply.code(201).send(await svc.createFind(db, actor.userId, req.body, new Date()));
    },
  );

  app.delete('/finds/:id', { schema: { tags, summary: 'Delete a find and its open share items', params: idParams } }, async (req, reply) => {
    const actor = requireActor(req);
    const row = await svc.findFind(db, actor.userId, req.params.id);
    allowOr404(row !== null && canFind(actor, 'delete', row), 'find');
    await svc.deleteFind(db, actor.userId, req.params.id);
    return reply.code(204).send();
  });
};
