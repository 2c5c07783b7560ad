import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { createRequestBody, listRequestsQuery, requestCountsResponse, requestListResponse, requestResponse, respondBody } from '../../../domain/mentor-directory/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorRequest, type MentorRequestPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './requests-service';

const tags = ['mentor requests'];

async function partOf(db: Db, req: FastifyRequest, id: string, action: MentorRequestPolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findRequest(db, actor.userId, id);
  allowOr404(row !== null && canMentorRequest(actor, action, row), 'mentoring request');
  return actor.userId;
}

export const requestRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/mentor-requests', { schema: { tags, summary: 'Requests you received (box=incoming) or sent (box=outgoing), newest first', querystring: listRequestsQuery, response: { 200: requestListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canMentorRequest(actor, 'list', { menteeUserId: actor.userId, mentorUserId: actor.userId }), 'mentoring request');
    return svc.listRequests(db, actor.userId, req.query);
  });

  app.get('/mentor-requests/counts', { schema: { tags, summary: 'How many requests wait for your answer, and how many of yours wait for one', response: { 200: requestCountsResponse } } }, async (req) =>
    svc.counts(db, requireActor(req).userId),
  );

  app.post(
    '/mentor-requests',
    { schema: { tags, summary: 'Ask a listed mentor to mentor you (409 if they are not taking mentees or you already asked)', body: createRequestBody, response: { 201: requestResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canMentorRequest(actor, 'create', { menteeUserId: actor.userId, mentorUserId: '' }), 'mentoring request');
      return reply.code(201).send(await svc.createRequest(db, actor.userId, req.body));
    },
  );

  app.post(
    '/mentor-requests/:id/accept',
    { schema: { tags, summary: 'Accept with a kind message: the mentee gets you as a mentor, you get them under My mentees (409 unless pending)', params: idParams, body: respondBody, response: { 200: requestResponse } } },
    async (req) => svc.acceptRequest(db, await partOf(db, req, req.params.id, 'accept'), req.params.id, req.body, new Date()),
  );

  app.post(
    '/mentor-requests/:id/decline',
    { schema: { tags, summary: 'Decline with a kind message (409 unless pending)', params: idParams, body: respondBody, response: { 200: requestResponse } } },
    async (req) => svc.declineRequest(db, await partOf(db, req, req.params.id, 'decline'), req.params.id, req.body, new Date()),
  );

  app.post('/mentor-requests/:id/withdraw', { schema: { tags, summary: 'Withdraw your request while it waits (409 once answered)', params: idParams, response: { 200: requestResponse } } }, async (req) =>
    svc.withdrawRequest(db, await partOf(db, req, req.params.id, 'withdraw'), req.params.id, new Date()),
  );
};
