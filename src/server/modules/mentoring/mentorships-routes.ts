import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  acceptAgreementBody,
  agreementResponse,
  boardResponse,
  createMeetingBody,
  createMentorshipBody,
  listMentorshipsQuery,
  meetingResponse,
  mentorshipListResponse,
  mentorshipResponse,
  reviseAgreementBody,
  threadPostBody,
  threadResponse,
  updateMentorshipBody,
} from '../../../domain/mentoring/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorship, type MentorshipPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './mentorships-service';
import * as agreements from './agreements-service';
import * as meetings from './meetings-service';
import { todayFor } from './clock';
import { postInThread } from './mentor-side-service';

const tags = ['mentoring'];

async function ownMentorship(db: Db, req: FastifyRequest, id: string, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findMentorship(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, action, row), 'mentorship');
  return actor.userId;
}

function own(req: FastifyRequest, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  allowOr404(canMentorship(actor, action, { userId: actor.userId }), 'mentorship');
  return actor.userId;
}

export const mentorshipRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/mentorships', { schema: { tags, summary: 'Your mentors, oldest first, with warnings (e.g. your own boss)', querystring: listMentorshipsQuery, response: { 200: mentorshipListResponse } } }, async (req) =>
    svc.listMentorships(db, own(req, 'list'), req.query.status, new Date()),
  );

  app.post(
    '/mentorships',
    { schema: { tags, summary: 'Add a mentor: a contact in your network (or a new contact, added to it)', body: createMentorshipBody, response: { 201: mentorshipResponse } } },
    async (req, reply) => reply.code(201).send(await svc.createMentorship(db, own(req, 'create'), req.body, new Date())),
  );

  app.get('/mentorships/board', { schema: { tags, summary: 'Your board of directors: who covers which growth area, and areas nobody covers', response: { 200: boardResponse } } }, async (req) =>
    svc.board(db, own(req, 'list')),
  );

  app.get('/mentorships/:id', { schema: { tags, summary: 'One mentor with meetings, action items, the agreement and shared goals', params: idParams, response: { 200: mentorshipResponse } } }, async (req) => {
    const userId = await ownMentorship(db, req, req.params.id, 'read');
    return svc.getMentorship(db, userId, req.params.id, new Date());
  });

  app.patch(
    '/mentorships/:id',
    { schema: { tags, summary: 'Change kind, areas, the manager flag or status (closing needs a reflection)', params: idParams, body: updateMentorshipBody, response: { 200: mentorshipResponse } } },
    async (req) => {
      const userId = await ownMentorship(db, req, req.params.id, 'update');
      return svc.updateMentorship(db, userId, req.params.id, req.body, new Date());
    },
  );

  app.delete('/mentorships/:id', { schema: { tags, summary: 'Delete a mentorship with its meetings and agreement (the contact stays)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const userId = await ownMentorship(db, req, req.params.id, 'delete');
    await svc.deleteMentorship(db, userId, req.params.id);
    return reply.code(204).send(null);
  });

  app.post(
    '/mentorships/:id/meetings',
    { schema: { tags, summary: 'Record a meeting with agenda, notes and action items', params: idParams, body: createMeetingBody, response: { 201: meetingResponse } } },
    async (req, reply) => {
      const userId = await ownMentorship(db, req, req.params.id, 'meet');
      return reply.code(201).send(await meetings.createMeeting(db, userId, req.params.id, req.body, new Date()));
    },
  );

  app.get('/mentorships/:id/agreement', { schema: { tags, summary: 'The expectations agreement: current version and every revision', params: idParams, response: { 200: agreementResponse } } }, async (req) => {
    const userId = await ownMentorship(db, req, req.params.id, 'read');
    return agreements.agreementOf(db, userId, req.params.id, await todayFor(db, userId, new Date()));
  });

  app.post(
    '/mentorships/:id/agreement',
    { schema: { tags, summary: 'Revise the agreement: a new version when the terms changed (acceptances start over)', params: idParams, body: reviseAgreementBody, response: { 200: agreementResponse } } },
    async (req) => {
      const userId = await ownMentorship(db, req, req.params.id, 'agree');
      return agreements.reviseAgreement(db, userId, req.params.id, req.body, await todayFor(db, userId, new Date()));
    },
  );

  app.post(
    '/mentorships/:id/agreement/accept',
    { schema: { tags, summary: 'Record your acceptance, or that your mentor agreed (in conversation on a date); 409 without an agreement', params: idParams, body: acceptAgreementBody, response: { 200: agreementResponse } } },
    async (req) => {
      const userId = await ownMentorship(db, req, req.params.id, 'agree');
      const now = new Date();
      return agreements.acceptAgreement(db, userId, req.params.id, req.body, now, await todayFor(db, userId, now));
    },
  );

  app.post(
    '/mentorships/:id/thread',
    { schema: { tags, summary: 'Ask your mentor a question between meetings (mentors on Trellis only; 409 for an external mentor)', params: idParams, body: threadPostBody, response: { 201: threadResponse } } },
    async (req, reply) => {
      const userId = await ownMentorship(db, req, req.params.id, 'ask');
      return reply.code(201).send({ items: await postInThread(db, userId, 'mentee', req.params.id, req.body), nextCursor: null });
    },
  );
};
