import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { idParams } from '../../../domain/accounts/schemas';
import { menteePrepParams, prepCommentBody, prepListResponse, prepResponse, prepSuggestionBody } from '../../../domain/mentoring/interview-prep-api';
import { answerShadowBody, menteeShadowParams, shadowListResponse, shadowResponse } from '../../../domain/mentoring/shadow-api';
import { closeMentorshipBody, reflectionResponse } from '../../../domain/mentoring/health-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentee, type MenteePolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import { findMentee } from '../mentor-directory/mentees-service';
import * as prep from './interview-prep-service';
import * as shadow from './shadow-service';
import * as closure from './closure-service';

/**
 * The mentor's side of mentorship depth, under My mentees (`/my-mentees/:id`, the mentor's own id
 * for the mentee, found through the mentor-directory room's service).
 */

const tags = ['my mentees'];

async function ownMentee(db: Db, req: FastifyRequest, id: string, action: MenteePolicyAction) {
  const actor = requireActor(req);
  const row = await findMentee(db, actor.userId, id);
  allowOr404(row !== null && canMentee(actor, action, row), 'mentee');
  return { userId: actor.userId, mentorshipId: row!.mentorshipId };
}

export const depthMentorRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/my-mentees/:id/interview-preps', { schema: { tags, summary: 'Interview preparations your mentee shared with you', params: idParams, response: { 200: prepListResponse } } }, async (req) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'read');
    return prep.listSharedPreps(db, userId, mentorshipId);
  });
  app.post('/my-mentees/:id/interview-preps/:prepId/suggestions', { schema: { tags, summary: 'Suggest a likely question or a question to ask', params: menteePrepParams, body: prepSuggestionBody, response: { 201: prepResponse } } }, async (req, reply) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'comment');
    return reply.code(201).send(await prep.suggestAsMentor(db, userId, mentorshipId, req.params.prepId, req.body));
  });
  app.post('/my-mentees/:id/interview-preps/:prepId/comments', { schema: { tags, summary: 'Comment on a shared interview preparation', params: menteePrepParams, body: prepCommentBody, response: { 201: prepResponse } } }, async (req, reply) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'comment');
    return reply.code(201).send(await prep.commentAsMentor(db, userId, mentorshipId, req.params.prepId, req.body));
  });
  app.get('/my-mentees/:id/shadow-requests', { schema: { tags, summary: 'Your mentee’s requests to shadow you for a day', params: idParams, response: { 200: shadowListResponse } } }, async (req) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'read');
    return shadow.listForMentor(db, userId, mentorshipId);
  });
  app.post('/my-mentees/:id/shadow-requests/:requestId/answer', { schema: { tags, summary: 'Accept with a day (confirming your clients and colleagues approved) or decline kindly', params: menteeShadowParams, body: answerShadowBody, response: { 200: shadowResponse } } }, async (req) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'answer');
    return shadow.moveAsMentor(db, userId, mentorshipId, req.params.requestId, req.body, new Date());
  });
  app.post('/my-mentees/:id/shadow-requests/:requestId/cancel', { schema: { tags, summary: 'Cancel an accepted shadow day', params: menteeShadowParams, response: { 200: shadowResponse } } }, async (req) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'answer');
    return shadow.moveAsMentor(db, userId, mentorshipId, req.params.requestId, { kind: 'cancel' }, new Date());
  });
  app.post('/my-mentees/:id/close', { schema: { tags, summary: 'End the mentorship with your reflection (private to you)', params: idParams, body: closeMentorshipBody, response: { 200: reflectionResponse } } }, async (req) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'follow_through');
    return closure.closeAsMentor(db, userId, mentorshipId, req.body, new Date());
  });
  app.get('/my-mentees/:id/reflection', { schema: { tags, summary: 'Your own reflection on this mentorship', params: idParams, response: { 200: reflectionResponse } } }, async (req) => {
    const { userId, mentorshipId } = await ownMentee(db, req, req.params.id, 'read');
    return closure.mentorReflection(db, userId, mentorshipId);
  });
};
