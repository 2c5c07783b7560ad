import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import { createPrepBody, holdPrepBody, listPrepsQuery, prepCommentBody, prepListResponse, prepResponse, questionBankResponse, updatePrepBody } from '../../../domain/mentoring/interview-prep-api';
import { answerShadowBody, createShadowBody, shadowListResponse, shadowResponse } from '../../../domain/mentoring/shadow-api';
import { closeMentorshipBody, healthListResponse, payItForwardResponse, reflectionResponse } from '../../../domain/mentoring/health-api';
import { mentorProfileResponse } from '../../../domain/mentor-directory/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorship, type MentorshipPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as prep from './interview-prep-service';
import * as shadow from './shadow-service';
import * as closure from './closure-service';
import { listHealth } from './health-service';
import { findMentorship } from './mentorships-service';

/** The mentee's side of mentorship depth: interview preparation, shadow-a-day, quiet relationships, closure. */

const tags = ['mentoring'];

async function ownMentorship(db: Db, req: FastifyRequest, id: string, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  const row = await findMentorship(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, action, row), 'mentorship');
  return { userId: actor.userId, m: row! };
}

async function ownPrep(db: Db, req: FastifyRequest, id: string, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  const row = await prep.findPrep(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, action, row), 'interview preparation');
  return { userId: actor.userId, row: row! };
}

async function ownShadow(db: Db, req: FastifyRequest, id: string) {
  const actor = requireActor(req);
  const row = await shadow.findShadowForMentee(db, actor.userId, id);
  allowOr404(row !== null && canMentorship(actor, 'update', row), 'shadow request');
  return actor.userId;
}

function own(req: FastifyRequest, action: MentorshipPolicyAction) {
  const actor = requireActor(req);
  allowOr404(canMentorship(actor, action, { userId: actor.userId }), 'mentorship');
  return actor.userId;
}

export const depthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  // Interview preparation
  app.get('/interview-preps/question-bank', { schema: { tags, summary: 'Built-in likely questions and questions to ask (next steps and timeline is always on the list)', response: { 200: questionBankResponse } } }, async (req) => {
    own(req, 'list');
    return prep.questionBank();
  });
  app.get('/interview-preps', { schema: { tags, summary: 'Your job interview preparations, newest first', querystring: listPrepsQuery, response: { 200: prepListResponse } } }, async (req) =>
    prep.listPreps(db, own(req, 'list'), req.query),
  );
  app.post('/interview-preps', { schema: { tags, summary: 'Prepare for a job interview (likely questions and questions to ask start from the built-in suggestions)', body: createPrepBody, response: { 201: prepResponse } } }, async (req, reply) =>
    reply.code(201).send(await prep.createPrep(db, own(req, 'create'), req.body, new Date())),
  );
  app.get('/interview-preps/:id', { schema: { tags, summary: 'One interview preparation with its comments', params: idParams, response: { 200: prepResponse } } }, async (req) => {
    const { userId, row } = await ownPrep(db, req, req.params.id, 'read');
    return prep.getPrep(db, userId, row);
  });
  app.patch('/interview-preps/:id', { schema: { tags, summary: 'Change the preparation: people, questions and practice answers, notes, who it is shared with', params: idParams, body: updatePrepBody, response: { 200: prepResponse } } }, async (req) => {
    const { userId } = await ownPrep(db, req, req.params.id, 'update');
    return prep.updatePrep(db, userId, req.params.id, req.body, new Date());
  });
  app.delete('/interview-preps/:id', { schema: { tags, summary: 'Delete a preparation (an interaction it logged stays in your network)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const { userId } = await ownPrep(db, req, req.params.id, 'delete');
    await prep.deletePrep(db, userId, req.params.id);
    return reply.code(204).send(null);
  });
  app.post('/interview-preps/:id/held', { schema: { tags, summary: 'The interview was held: logs it with everyone involved and puts one thank-you per person on Today (409 when already held or nobody is listed)', params: idParams, body: holdPrepBody, response: { 200: prepResponse } } }, async (req) => {
    const { userId } = await ownPrep(db, req, req.params.id, 'update');
    return prep.holdPrep(db, userId, req.params.id, req.body, new Date());
  });

  app.post('/interview-preps/:id/reopen', { schema: { tags, summary: 'Undo "held": removes the logged job interview and its thank-yous not yet done; back to preparing (409 when not held or someone was already thanked)', params: idParams, response: { 200: prepResponse } } }, async (req) => {
    const { userId } = await ownPrep(db, req, req.params.id, 'update');
    return prep.reopenPrep(db, userId, req.params.id, new Date());
  });
  app.post('/interview-preps/:id/comments', { schema: { tags, summary: 'Reply to your mentor on a shared preparation', params: idParams, body: prepCommentBody, response: { 201: prepResponse } } }, async (req, reply) => {
    const { userId } = await ownPrep(db, req, req.params.id, 'update');
    return reply.code(201).send(await prep.commentAsMentee(db, userId, req.params.id, req.body));
  });

  // Shadow-a-day
  app.get('/mentorships/:id/shadow-requests', { schema: { tags, summary: 'Your shadow-a-day requests to this mentor', params: idParams, response: { 200: shadowListResponse } } }, async (req) => {
    const { userId, m } = await ownMentorship(db, req, req.params.id, 'read');
    return shadow.listForMentee(db, userId, m);
  });
  app.post('/mentorships/:id/shadow-requests', { schema: { tags, summary: 'Ask this mentor if you may shadow them for a day', params: idParams, body: createShadowBody, response: { 201: shadowResponse } } }, async (req, reply) => {
    const { userId } = await ownMentorship(db, req, req.params.id, 'update');
    return reply.code(201).send(await shadow.createShadow(db, userId, req.params.id, req.body, new Date()));
  });
  app.post('/shadow-requests/:id/answer', { schema: { tags, summary: 'Record what a mentor who is not on Trellis answered (409 for a mentor on Trellis: they answer themselves)', params: idParams, body: answerShadowBody, response: { 200: shadowResponse } } }, async (req) => {
    const userId = await ownShadow(db, req, req.params.id);
    return shadow.answerAsMentee(db, userId, req.params.id, req.body, new Date());
  });
  app.post('/shadow-requests/:id/withdraw', { schema: { tags, summary: 'Withdraw a request not answered yet', params: idParams, response: { 200: shadowResponse } } }, async (req) => {
    const userId = await ownShadow(db, req, req.params.id);
    return shadow.moveAsMentee(db, userId, req.params.id, { kind: 'withdraw' }, new Date());
  });
  app.post('/shadow-requests/:id/cancel', { schema: { tags, summary: 'Cancel an accepted shadow day (its steps leave Today)', params: idParams, response: { 200: shadowResponse } } }, async (req) => {
    const userId = await ownShadow(db, req, req.params.id);
    return shadow.moveAsMentee(db, userId, req.params.id, { kind: 'cancel' }, new Date());
  });

  // Health and closure
  app.get('/mentorships/health', { schema: { tags, summary: 'Which mentorships have gone quiet (and the nudge on Today for each)', response: { 200: healthListResponse } } }, async (req) =>
    listHealth(db, own(req, 'list'), new Date()),
  );
  app.post('/mentorships/:id/close', { schema: { tags, summary: 'End the mentorship with your reflection (private to you); its open steps leave Today', params: idParams, body: closeMentorshipBody, response: { 200: reflectionResponse } } }, async (req) => {
    const { userId } = await ownMentorship(db, req, req.params.id, 'update');
    return closure.closeAsMentee(db, userId, req.params.id, req.body, new Date());
  });
  app.get('/mentorships/:id/reflection', { schema: { tags, summary: 'Your own reflection on this mentorship', params: idParams, response: { 200: reflectionResponse } } }, async (req) => {
    const { userId } = await ownMentorship(db, req, req.params.id, 'read');
    return closure.menteeReflection(db, userId, req.params.id);
  });
  app.get('/mentorships/:id/pay-it-forward', { schema: { tags, summary: 'A mentor profile draft from what you grew in with this mentor', params: idParams, response: { 200: payItForwardResponse } } }, async (req) => {
    const { userId } = await ownMentorship(db, req, req.params.id, 'read');
    return closure.payItForward(db, userId, req.params.id);
  });
  app.post('/mentorships/:id/pay-it-forward', { schema: { tags, summary: 'Start (or add to) your mentor profile from this ended mentorship; it stays private until you list it', params: idParams, response: { 200: mentorProfileResponse } } }, async (req) => {
    const { userId } = await ownMentorship(db, req, req.params.id, 'update');
    return closure.startMentorProfile(db, userId, req.params.id, new Date());
  });
};
