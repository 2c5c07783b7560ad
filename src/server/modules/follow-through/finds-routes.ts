import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createFindBody, findListResponse, findResponse, listFindsQuery, updateFindBody } from '../../../domain/follow-through/finds-api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404 } from '../../policies/index';
import { notFound } from '../../errors';
import type { AppDeps } from '../../app';
import { canFind } from './finds-policy';
import * as svc from './finds-service';

const tags = ['follow-through'];

export const findRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/finds', { schema: { tags, summary: 'Things you saved to share, newest first', querystring: listFindsQuery, response: { 200: findListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canFind(actor, 'list', { userId: actor.userId }), 'find');
    return svc.listFinds(db, actor.userId, req.query);
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

  app.patch(
    '/finds/:id',
    {
      schema: {
        tags,
        summary: 'Edit a find; its open share items follow the new title, and its topics are matched again',
        params: idParams,
        body: updateFindBody,
        response: { 200: findResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findFind(db, actor.userId, req.params.id);
      allowOr404(row !== null && canFind(actor, 'update', row), 'find');
      const updated = await svc.updateFind(db, actor.userId, req.params.id, req.body, new Date());
      if (!updated) throw notFound('find');
      return updated;
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
