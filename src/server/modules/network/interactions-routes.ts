import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createInteractionBody,
  interactionListResponse,
  interactionResponse,
  listInteractionsQuery,
  updateInteractionBody,
} from '../../../domain/network/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canInteraction } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './interactions-service';

const tags = ['interactions'];

export const interactionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/interactions',
    {
      schema: {
        tags,
        summary: 'The interaction log, newest first (filter by contactId for one person\'s timeline)',
        description: '`from` is inclusive and `to` exclusive.',
        querystring: listInteractionsQuery,
        response: { 200: interactionListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canInteraction(actor, 'list', { userId: actor.userId }), 'interaction');
      return svc.listInteractions(db, actor.userId, req.query);
    },
  );

  app.post(
    '/interactions',
    { schema: { tags, summary: 'Log an interaction with one or more contacts', body: createInteractionBody, response: { 201: interactionResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canInteraction(actor, 'create', { userId: actor.userId }), 'interaction');
      return reply.code(201).send(await svc.createInteraction(db, actor.userId, req.body));
    },
  );

  app.get(
    '/interactions/:id',
    { schema: { tags, summary: 'One interaction', params: idParams, response: { 200: interactionResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findInteraction(db, actor.userId, req.params.id);
      allowOr404(row !== null && canInteraction(actor, 'read', row), 'interaction');
      return svc.getInteraction(db, actor.userId, row!);
    },
  );

  app.patch(
    '/interactions/:id',
    {
      schema: {
        tags,
        summary: 'Change an interaction (sending contactIds or participants replaces the people)',
        params: idParams,
        body: updateInteractionBody,
        response: { 200: interactionResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findInteraction(db, actor.userId, req.params.id);
      allowOr404(row !== null && canInteraction(actor, 'update', row), 'interaction');
      return svc.updateInteraction(db, actor.userId, req.params.id, req.body);
    },
  );

  app.post(
    '/interactions/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a deleted interaction (undo a delete): the contacts\' last-contacted and keep-in-touch dates move back',
        params: idParams,
        response: { 200: interactionResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findDeletedInteraction(db, actor.userId, req.params.id);
      allowOr404(row !== null && canInteraction(actor, 'update', row), 'interaction');
      return svc.restoreInteraction(db, actor.userId, req.params.id);
    },
  );

  app.delete(
    '/interactions/:id',
    { schema: { tags, summary: 'Delete an interaction', params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await svc.findInteraction(db, actor.userId, req.params.id);
      allowOr404(row !== null && canInteraction(actor, 'delete', row), 'interaction');
      await svc.deleteInteraction(db, actor.userId, req.params.id);
      return reply.code(204).send(null);
    },
  );
};
