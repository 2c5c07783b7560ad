import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createdTokenResponse, createTokenBody, idParams, listOf, tokenResponse } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canApiToken } from '../../policies/index';
import { forbidden } from '../../errors';
import type { AppDeps } from '../../app';
import * as svc from './service';

const tags = ['tokens'];

export const tokenRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/tokens', { schema: { tags, summary: 'List personal API tokens', response: { 200: listOf(tokenResponse) } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canApiToken(actor, 'list', { userId: actor.userId }), 'token');
    return { items: await svc.listTokens(db, actor.userId), nextCursor: null };
  });

  app.post(
    '/tokens',
    { schema: { tags, summary: 'Create a personal API token (the secret is shown once)', body: createTokenBody, response: { 201: createdTokenResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!canApiToken(actor, 'create', { userId: actor.userId })) {
        throw forbidden('API tokens can only be created from a logged-in session (or the CLI), not with another token.');
      }
      return reply.code(201).send(await svc.createToken(db, actor.userId, req.body.name));
    },
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags, summary: 'Revoke a token', params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const token = await svc.findToken(db, actor.userId, req.params.id);
      allowOr404(token !== null && canApiToken(actor, 'revoke', token), 'token');
      await svc.revokeToken(db, actor.userId, req.params.id);
      return reply.code(204).send(null);
    },
  );
};
