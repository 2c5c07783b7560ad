import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import { inboxCountResponse, inboxItem, inboxListQuery, inboxListResponse, inboxPreferences, inboxPreferencesBody, markReadBody, readAllBody, readAllResponse } from '../../../domain/inbox/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404 } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import { canInbox, type InboxAction } from './policy';
import * as svc from './service';

const tags = ['inbox'];

/** The caller's own item, or 404 alike for another user's id and a made-up one. */
async function own(db: Db, req: FastifyRequest, id: string, action: InboxAction, deleted = false) {
  const actor = requireActor(req);
  const row = await svc.findItem(db, actor.userId, id, deleted);
  allowOr404(canInbox(actor, action, row), 'inbox item');
  return actor.userId;
}

function self(req: FastifyRequest, action: InboxAction) {
  const actor = requireActor(req);
  allowOr404(canInbox(actor, action, { userId: actor.userId }), 'inbox');
  return actor.userId;
}

export const inboxRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/inbox', { schema: { tags, summary: 'Your in-app notifications, newest first (unread=true for unread only)', querystring: inboxListQuery, response: { 200: inboxListResponse } } }, async (req) =>
    svc.listItems(db, self(req, 'list'), req.query),
  );

  app.get('/inbox/count', { schema: { tags, summary: 'How many of your notifications are unread (the bell badge)', response: { 200: inboxCountResponse } } }, async (req) =>
    svc.unreadCount(db, self(req, 'list')),
  );

  app.post('/inbox/read-all', { schema: { tags, summary: 'Mark every unread notification read (up to `upTo`, what you saw, when given)', body: readAllBody, response: { 200: readAllResponse } } }, async (req) =>
    svc.markAllRead(db, self(req, 'mark'), new Date(), req.body.upTo ? new Date(req.body.upTo) : null),
  );

  app.get('/inbox/preferences', { schema: { tags, summary: 'Which kinds of notification you muted in-app', response: { 200: inboxPreferences } } }, async (req) =>
    svc.preferences(db, self(req, 'manage_preferences')),
  );

  app.put('/inbox/preferences', { schema: { tags, summary: 'Mute kinds in-app: muted kinds are not stored at all from now on', body: inboxPreferencesBody, response: { 200: inboxPreferences } } }, async (req) =>
    svc.savePreferences(db, self(req, 'manage_preferences'), req.body.muted),
  );

  app.patch('/inbox/:id', { schema: { tags, summary: 'Mark one notification read or unread', params: idParams, body: markReadBody, response: { 200: inboxItem } } }, async (req) =>
    svc.setRead(db, await own(db, req, req.params.id, 'mark'), req.params.id, req.body.read, new Date()),
  );

  app.delete('/inbox/:id', { schema: { tags, summary: 'Delete one notification (restore undoes it)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    await svc.deleteItem(db, await own(db, req, req.params.id, 'delete'), req.params.id, new Date());
    return reply.code(204).send(null);
  });

  app.post('/inbox/:id/restore', { schema: { tags, summary: 'Bring back a notification you deleted', params: idParams, response: { 200: inboxItem } } }, async (req) =>
    svc.restoreItem(db, await own(db, req, req.params.id, 'restore', true), req.params.id),
  );
};
