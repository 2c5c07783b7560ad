import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactResponse } from '../../../domain/network/api';
import { duplicateListResponse, mergeContactsBody } from '../../../domain/network/import-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canContact } from '../../policies/index';
import { findContact } from './contacts-service';
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
      // Finding duplicates reads the whole address book: the same rule as listing it.
      allowOr404(canContact(actor, 'list', { userId: actor.userId }), 'contact');
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
      // A merge updates the kept contact and deletes the other: both rules, on the contacts themselves.
      const [keep, other] = await Promise.all([findContact(db, actor.userId, req.body.keepId), findContact(db, actor.userId, req.body.mergeId)]);
      allowOr404(keep !== null && other !== null && canContact(actor, 'update', keep) && canContact(actor, 'delete', other), 'contact');
      const merged = await svc.mergeTwoContacts(db, actor.userId, req.body.keepId, req.body.mergeId);
      allowOr404(merged !== null, 'contact');
      return merged!;
    },
  );
};
