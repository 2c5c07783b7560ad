import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactResponse } from '../../../domain/network/api';
import { duplicateListResponse, mergeContactsBody } from '../../../domain/network/import-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canContactImport } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './duplicates-service';

const tags = ['contacts'];

export const duplicateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  // A static segment: find-my-way prefers it over GET /contacts/:id, so "duplicates" is never taken for an id.
  app.get(
    '/contacts/duplicates',
    {
      schema: {
        tags,
        summary: `Likely duplicate pairs among your contacts, strongest first (at most ${svc.MAX_DUPLICATE_PAIRS})`,
        response: { 200: duplicateListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'find_duplicates', { userId: actor.userId }), 'contact');
      return svc.listDuplicates(db, actor.userId);
    },
  );

  app.post(
    '/contacts/merge',
    {
      schema: {
        tags,
        summary: 'Merge one contact into another: nothing is lost, interactions move over, the merged one is deleted',
        body: mergeContactsBody,
        response: { 200: contactResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'merge', { userId: actor.userId }), 'contact');
      const merged = await svc.mergeTwoContacts(db, actor.userId, req.body.keepId, req.body.mergeId);
      allowOr404(merged !== null, 'contact');
      return merged!;
    },
  );
};
