import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionItemResponse, createActionItemBody, meetingResponse, openActionItemsResponse, updateActionItemBody, updateMeetingBody } from '../../../domain/mentoring/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorship, type MentorshipPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './meetings-service';

const tags = ['mentoring meetings'];

async function ownMeeting(db: Db, req: FastifyRequest, id: string, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findMeeting(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, action, row), 'meeting');
  return actor.userId;
}

async function ownItem(db: Db, req: FastifyRequest, id: string, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findActionItem(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, action, row), 'action item');
  return actor.userId;
}

export const meetingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.patch('/mentoring-meetings/:id', { schema: { tags, summary: 'Change the date, agenda or notes of a meeting', params: idParams, body: updateMeetingBody, response: { 200: meetingResponse } } }, async (req) => {
    const userId = await ownMeeting(db, req, req.params.id, 'update');
    return svc.updateMeeting(db, userId, req.params.id, req.body, new Date());
  });

  app.delete('/mentoring-meetings/:id', { schema: { tags, summary: 'Delete a meeting and its action items', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const userId = await ownMeeting(db, req, req.params.id, 'delete');
    await svc.deleteMeeting(db, userId, req.params.id, new Date());
    return reply.code(204).send(null);
  });

  app.post(
    '/mentoring-meetings/:id/action-items',
    { schema: { tags, summary: 'Add an action item (yours or your mentor’s) to a meeting', params: idParams, body: createActionItemBody, response: { 201: actionItemResponse } } },
    async (req, reply) => {
      const userId = await ownMeeting(db, req, req.params.id, 'update');
      return reply.code(201).send(await svc.addActionItem(db, userId, req.params.id, req.body, new Date()));
    },
  );

  app.get('/mentoring-action-items', { schema: { tags, summary: 'Your open action items from mentoring meetings, soonest due first', response: { 200: openActionItemsResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canMentorship(actor, 'list', { userId: actor.userId }), 'action item');
    return { items: await svc.listOpenActionItems(db, actor.userId, new Date()), nextCursor: null };
  });

  app.patch('/mentoring-action-items/:id', { schema: { tags, summary: 'Tick off, reword, reassign or re-date an action item', params: idParams, body: updateActionItemBody, response: { 200: actionItemResponse } } }, async (req) => {
    const userId = await ownItem(db, req, req.params.id, 'update');
    return svc.updateActionItem(db, userId, req.params.id, req.body, new Date());
  });

  app.delete('/mentoring-action-items/:id', { schema: { tags, summary: 'Delete an action item', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const userId = await ownItem(db, req, req.params.id, 'delete');
    await svc.deleteActionItem(db, userId, req.params.id);
    return reply.code(204).send(null);
  });
};
