import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionItemParams, goalCommentBody, goalCommentParams, menteeDetail, menteeListResponse, mentorActionItemBody, threadPostBody } from '../../../domain/mentor-directory/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentee, type MenteePolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import { acceptAgreementAsMentor, commentOnGoal, postInThread, setMentorActionItemDone } from '../mentoring/mentor-side-service';
import * as svc from './mentees-service';

const tags = ['my mentees'];

async function ownMentee(db: Db, req: FastifyRequest, id: string, action: MenteePolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findMentee(db, actor.userId, id);
  allowOr404(row !== null && canMentee(actor, action, row), 'mentee');
  return { userId: actor.userId, row: row! };
}

export const menteeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/my-mentees',
    { schema: { tags, summary: 'The people you mentor, newest first', querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(20), cursor: z.string().max(500).optional() }), response: { 200: menteeListResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canMentee(actor, 'list', { userId: actor.userId }), 'mentee');
      return svc.listMentees(db, actor.userId, req.query.limit, req.query.cursor, new Date());
    },
  );

  app.get('/my-mentees/:id', { schema: { tags, summary: 'What your mentee shared with you: goals and their thread, meetings and action items, the agreement, questions', params: idParams, response: { 200: menteeDetail } } }, async (req) => {
    const { userId, row } = await ownMentee(db, req, req.params.id, 'read');
    return svc.menteeDetail(db, userId, row, new Date());
  });

  app.post(
    '/my-mentees/:id/goals/:goalId/comments',
    { schema: { tags, summary: 'Comment on a goal your mentee shared with you', params: goalCommentParams, body: goalCommentBody, response: { 201: menteeDetail } } },
    async (req, reply) => {
      const { userId, row } = await ownMentee(db, req, req.params.id, 'comment');
      const now = new Date();
      await commentOnGoal(db, userId, row.mentorshipId, req.params.goalId, req.body, now);
      return reply.code(201).send(await svc.menteeDetail(db, userId, row, now));
    },
  );

  app.post(
    '/my-mentees/:id/agreement/accept',
    { schema: { tags, summary: 'Accept the current version of the expectations agreement yourself (409 without one, or if already accepted)', params: idParams, response: { 200: menteeDetail } } },
    async (req) => {
      const { userId, row } = await ownMentee(db, req, req.params.id, 'agree');
      const now = new Date();
      await acceptAgreementAsMentor(db, userId, row.mentorshipId, now);
      return svc.menteeDetail(db, userId, row, now);
    },
  );

  app.post(
    '/my-mentees/:id/thread',
    { schema: { tags, summary: 'Answer a question between meetings, or share an article, job listing or event', params: idParams, body: threadPostBody, response: { 201: menteeDetail } } },
    async (req, reply) => {
      const { userId, row } = await ownMentee(db, req, req.params.id, 'answer');
      await postInThread(db, userId, 'mentor', row.mentorshipId, req.body);
      return reply.code(201).send(await svc.menteeDetail(db, userId, row, new Date()));
    },
  );

  app.patch(
    '/my-mentees/:id/action-items/:itemId',
    { schema: { tags, summary: 'Tick off (or reopen) an action item you took on in a meeting (409 for one on your mentee)', params: actionItemParams, body: mentorActionItemBody, response: { 200: menteeDetail } } },
    async (req) => {
      const { userId, row } = await ownMentee(db, req, req.params.id, 'follow_through');
      const now = new Date();
      await setMentorActionItemDone(db, userId, row.mentorshipId, req.params.itemId, req.body.done, now);
      return svc.menteeDetail(db, userId, row, now);
    },
  );
};
