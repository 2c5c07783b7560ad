import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarFeedQuery,
  calendarFeedResponse,
  digestPreviewResponse,
  feedTokenParams,
  mailDetail,
  mailList,
  mailListQuery,
  unsubscribeParams,
} from '../../../domain/notifications/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404 } from '../../policies/index';
import { notFound } from '../../errors';
import type { AppDeps } from '../../app';
import { canNotification } from './policy';
import * as svc from './service';
import { previewDigest } from './digest-service';
import { unsubscribePage } from './unsubscribe-page';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, database, config }) => {
  app.get(
    '/mail',
    { schema: { tags, summary: 'Mail Trellis sent you (or wrote to the outbox), newest first', querystring: mailListQuery, response: { 200: mailList } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canNotification(actor, 'list_mail', { userId: actor.userId }), 'mail');
      return svc.listMails(db, actor.userId, req.query.limit, req.query.cursor);
    },
  );

  app.get(
    '/mail/:id',
    { schema: { tags, summary: 'One sent mail; `eml` holds the raw message when it went to the outbox', params: idParams, response: { 200: mailDetail } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findMail(db, actor.userId, req.params.id);
      allowOr404(row !== null && canNotification(actor, 'read_mail', row), 'mail');
      return svc.mailDetail(config, row!);
    },
  );

  app.get(
    '/digest/preview',
    { schema: { tags, summary: 'The digest that would be sent now', response: { 200: digestPreviewResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canNotification(actor, 'preview_digest', { userId: actor.userId }), 'digest');
      const preview = await previewDigest(db, config, actor.userId);
      if (!preview) throw notFound('user');
      return preview;
    },
  );

  app.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: 'Calendar feed: creates it on the first call and returns its URL; afterwards feedUrl is null (rotate for a new one)',
        response: { 200: calendarFeedResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canNotification(actor, 'manage_calendar_feed', { userId: actor.userId }), 'calendar feed');
      return svc.getOrCreateFeed(db, config, actor.userId);
    },
  );

  app.post(
    '/calendar/rotate',
    { schema: { tags, summary: 'New calendar feed URL; the old one stops working', response: { 200: calendarFeedResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canNotification(actor, 'manage_calendar_feed', { userId: actor.userId }), 'calendar feed');
      return svc.rotateFeed(db, config, actor.userId);
    },
  );

  // Public: calendar apps fetch it without cookies; the secret in the URL is the credential.
  app.get(
    '/calendar/:token.ics',
    {
      config: { public: true },
      schema: { tags, summary: 'iCalendar feed (RFC 5545) for subscribing; unknown token → 404', params: feedTokenParams, querystring: calendarFeedQuery },
    },
    async (req, reply) => {
      const body = await svc.renderFeed(db, config, req.params.token, req.query.as);
      if (body === null) throw notFound('calendar feed');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="trellis.ics"')
        .send(body);
    },
  );

  await app.register(unsubscribeRoutes, { db, database, config });
};

/**
 * Public by design: the link in every mail must work without logging in. GET only shows a page
 * (mail scanners prefetch links), the POST unsubscribes: from that page's button, or RFC 8058
 * one-click from the mail client (`List-Unsubscribe=One-Click`, form-encoded or multipart).
 */
const unsubscribeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  // Scoped to this plugin: the rest of the API keeps refusing non-JSON bodies.
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => done(null, body));

  app.get(
    '/unsubscribe/:token',
    { config: { public: true }, schema: { tags, summary: 'Unsubscribe confirmation page (HTML)', params: unsubscribeParams } },
    async (req, reply) => {
      const found = await svc.findUnsubscribe(db, req.params.token);
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      if (!found) return reply.code(404).send(unsubscribePage('unknown'));
      return reply.send(unsubscribePage(found.digest === 'off' ? 'done' : 'confirm'));
    },
  );

  app.post(
    '/unsubscribe/:token',
    { config: { public: true }, schema: { tags, summary: 'Unsubscribe from the digest (RFC 8058 one-click)', params: unsubscribeParams } },
    async (req, reply) => {
      const ok = await svc.unsubscribe(db, req.params.token);
      if (!ok) throw notFound('unsubscribe link');
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(unsubscribePage('done'));
    },
  );
};
