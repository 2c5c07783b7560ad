import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactListResponse,
  contactResponse,
  contactTagsResponse,
  createContactBody,
  listContactsQuery,
  updateContactBody,
} from '../../../domain/network/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canContact } from '../../policies/index';
import { notFound } from '../../errors';
import type { AppDeps } from '../../app';
import * as svc from './contacts-service';
import { presentContact } from './present-contact';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/contacts',
    {
      schema: {
        tags,
        summary: 'List contacts: search, filter, sort, keyset pages',
        description:
          'Sort last_contacted puts never-contacted people first (as "longest ago"); -last_contacted puts them last. ' +
          'lastContactedBefore includes never-contacted people; dates are days in your time zone (before: exclusive, after: inclusive).',
        querystring: listContactsQuery,
        response: { 200: contactListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canContact(actor, 'list', { userId: actor.userId }), 'contact');
      return svc.listContacts(db, actor.userId, req.query);
    },
  );

  app.post(
    '/contacts',
    { schema: { tags, summary: 'Add a contact', body: createContactBody, response: { 201: contactResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canContact(actor, 'create', { userId: actor.userId }), 'contact');
      return reply.code(201).send(await svc.createContact(db, actor.userId, req.body));
    },
  );

  // Static segment: find-my-way prefers it over /contacts/:id whatever the order, but keep it first.
  app.get(
    '/contacts/tags',
    { schema: { tags, summary: 'Tags in use on your contacts, with counts', response: { 200: contactTagsResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canContact(actor, 'list', { userId: actor.userId }), 'contact');
      return { items: await svc.listContactTags(db, actor.userId) };
    },
  );

  app.get(
    '/contacts/:id',
    { schema: { tags, summary: 'One contact', params: idParams, response: { 200: contactResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findContact(db, actor.userId, req.params.id);
      allowOr404(row !== null && canContact(actor, 'read', row), 'contact');
      return presentContact(row!);
    },
  );

  app.patch(
    '/contacts/:id',
    { schema: { tags, summary: 'Change a contact', params: idParams, body: updateContactBody, response: { 200: contactResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findContact(db, actor.userId, req.params.id);
      allowOr404(row !== null && canContact(actor, 'update', row), 'contact');
      const updated = await svc.updateContact(db, row!, req.body);
      if (!updated) throw notFound('contact');
      return updated;
    },
  );

  app.delete(
    '/contacts/:id',
    { schema: { tags, summary: 'Delete a contact (can be undone with restore)', params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await svc.findContact(db, actor.userId, req.params.id);
      allowOr404(row !== null && canContact(actor, 'delete', row), 'contact');
      await svc.deleteContact(db, actor.userId, req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/contacts/:id/restore',
    { schema: { tags, summary: 'Undo the deletion of a contact', params: idParams, response: { 200: contactResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findDeletedContact(db, actor.userId, req.params.id);
      allowOr404(row !== null && canContact(actor, 'restore', row), 'contact');
      const restored = await svc.restoreContact(db, actor.userId, req.params.id);
      if (!restored) throw notFound('contact');
      return restored;
    },
  );
};
