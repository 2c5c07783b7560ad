import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completeFollowUpBody,
  followUpItem,
  followUpListResponse,
  listFollowUpsQuery,
  skipFollowUpBody,
  snoozeFollowUpBody,
  undoFollowUpBody,
  todayQuery,
  todayResponse,
} from '../../../domain/follow-through/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canFollowUp } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './follow-ups-service';
import { getToday } from './today-service';
import { presentFollowUp } from './present-follow-up';
import { findRoutes } from './finds-routes';

const tags = ['follow-through'];

export const todayRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;
  // Finds feed Today's share items; registered here so the app's route list stays as it is.
  await app.register(findRoutes, deps);

  app.get(
    '/today',
    { schema: { tags, summary: "What is overdue, due today and coming up this week, in the user's time zone", querystring: todayQuery, response: { 200: todayResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canFollowUp(actor, 'list', { userId: actor.userId }), 'follow-up');
      return getToday(db, actor.userId, new Date(), req.query.limit);
    },
  );

  app.get(
    '/follow-ups',
    { schema: { tags, summary: 'Follow-ups by due date (filter by status, contact or source)', querystring: listFollowUpsQuery, response: { 200: followUpListResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canFollowUp(actor, 'list', { userId: actor.userId }), 'follow-up');
      return svc.listFollowUps(db, actor.userId, req.query);
    },
  );

  app.get('/follow-ups/:id', { schema: { tags, summary: 'One follow-up', params: idParams, response: { 200: followUpItem } } }, async (req) => {
    const actor = requireActor(req);
    const row = await svc.findFollowUp(db, actor.userId, req.params.id);
    allowOr404(row !== null && canFollowUp(actor, 'read', row), 'follow-up');
    return presentFollowUp(row!);
  });

  app.post(
    '/follow-ups/:id/done',
    {
      schema: {
        tags,
        summary: 'Mark done, optionally logging the interaction (keep-in-touch items always log one and move to the next round)',
        params: idParams,
        body: completeFollowUpBody,
        response: { 200: followUpItem },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findFollowUp(db, actor.userId, req.params.id);
      allowOr404(row !== null && canFollowUp(actor, 'complete', row), 'follow-up');
      return svc.completeFollowUp(db, actor.userId, req.params.id, req.body ?? {}, new Date());
    },
  );

  app.post(
    '/follow-ups/:id/snooze',
    { schema: { tags, summary: 'Hide until tomorrow, a week from now, or a given date after today', params: idParams, body: snoozeFollowUpBody, response: { 200: followUpItem } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findFollowUp(db, actor.userId, req.params.id);
      allowOr404(row !== null && canFollowUp(actor, 'snooze', row), 'follow-up');
      return svc.snoozeFollowUp(db, actor.userId, req.params.id, req.body, new Date());
    },
  );

  app.post(
    '/follow-ups/:id/skip',
    { schema: { tags, summary: 'Skip with a reason (a keep-in-touch item skips one round)', params: idParams, body: skipFollowUpBody, response: { 200: followUpItem } } },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findFollowUp(db, actor.userId, req.params.id);
      allowOr404(row !== null && canFollowUp(actor, 'skip', row), 'follow-up');
      return svc.skipFollowUp(db, actor.userId, req.params.id, req.body.reason, new Date());
    },
  );

  app.post(
    '/follow-ups/:id/undo',
    {
      schema: {
        tags,
        summary: 'Take back the last done (removing the interaction it logged), snooze (the old due date returns) or skip',
        params: idParams,
        body: undoFollowUpBody,
        response: { 200: followUpItem },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await svc.findFollowUp(db, actor.userId, req.params.id);
      allowOr404(row !== null && canFollowUp(actor, 'reopen', row), 'follow-up');
      return svc.undoFollowUp(db, actor.userId, req.params.id, req.body.action);
    },
  );

  app.post('/follow-ups/:id/reopen', { schema: { tags, summary: 'Reopen a done or skipped item', params: idParams, response: { 200: followUpItem } } }, async (req) => {
    const actor = requireActor(req);
    const row = await svc.findFollowUp(db, actor.userId, req.params.id);
    allowOr404(row !== null && canFollowUp(actor, 'reopen', row), 'follow-up');
    return svc.reopenFollowUp(db, actor.userId, req.params.id);
  });
};
