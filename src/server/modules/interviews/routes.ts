import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  askMessageBody,
  createInterviewBody,
  interviewListResponse,
  interviewResponse,
  listInterviewsQuery,
  listQuestionsQuery,
  moveInterviewBody,
  questionBody,
  questionIdParams,
  questionListResponse,
  questionResponse,
  rankingQuery,
  replaceQuestionsBody,
  stageCountsResponse,
  starInterviewBody,
  undoStageBody,
  updateInterviewBody,
} from '../../../domain/interviews/api';
import { renderedTemplateResponse } from '../../../domain/follow-through/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canInterview, canInterviewQuestion, type InterviewPolicyAction, type InterviewQuestionPolicyAction } from '../../policies/index';
import { notFound } from '../../errors';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './service';
import * as qs from './questions-service';

const tags = ['interviews'];
const questionTags = ['interview questions'];

async function ownInterview(db: Db, req: FastifyRequest, id: string, action: InterviewPolicyAction) {
  const actor = requireActor(req);
  const row = await svc.findInterview(db, actor.userId, id);
  allowOr404(row !== null && canInterview(actor, action, row), 'interview');
  return actor.userId;
}

async function ownQuestion(db: Db, req: FastifyRequest, id: string, action: InterviewQuestionPolicyAction) {
  const actor = requireActor(req);
  const found = await qs.findQuestion(db, actor.userId, id);
  // A built-in refuses changes with a 409 from the service, so it passes here for update/delete.
  const builtInChange = found?.userId === null && (action === 'update' || action === 'delete');
  allowOr404(found !== null && (builtInChange || canInterviewQuestion(actor, action, found)), 'question');
  return actor.userId;
}

export const interviewRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/interviews', { schema: { tags, summary: 'Your informational interviews, newest first', querystring: listInterviewsQuery, response: { 200: interviewListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canInterview(actor, 'list', { userId: actor.userId }), 'interview');
    return svc.listInterviews(db, actor.userId, req.query, new Date());
  });

  app.post(
    '/interviews',
    { schema: { tags, summary: 'Start an interview with a contact (or a new contact, added to your network)', body: createInterviewBody, response: { 201: interviewResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canInterview(actor, 'create', { userId: actor.userId }), 'interview');
      return reply.code(201).send(await svc.createInterview(db, actor.userId, req.body, new Date()));
    },
  );

  app.get(
    '/interviews/ranking',
    { schema: { tags, summary: 'Which conversations flowed best? Held interviews by flow rating, then most recent', querystring: rankingQuery, response: { 200: interviewListResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canInterview(actor, 'list', { userId: actor.userId }), 'interview');
      return svc.rankInterviews(db, actor.userId, req.query, new Date());
    },
  );

  app.get(
    '/interviews/stage-counts',
    { schema: { tags, summary: 'How many interviews are in each stage (the pipeline board loads each stage by itself)', response: { 200: stageCountsResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canInterview(actor, 'list', { userId: actor.userId }), 'interview');
      return svc.stageCounts(db, actor.userId);
    },
  );

  app.get('/interviews/:id', { schema: { tags, summary: 'One interview with its questions, notes and stage history', params: idParams, response: { 200: interviewResponse } } }, async (req) => {
    const userId = await ownInterview(db, req, req.params.id, 'read');
    return svc.getInterview(db, userId, req.params.id, new Date());
  });

  app.patch(
    '/interviews/:id',
    { schema: { tags, summary: 'Change topic, time, place, follow-up date or the reflection (409 before it is held)', params: idParams, body: updateInterviewBody, response: { 200: interviewResponse } } },
    async (req) => {
      const userId = await ownInterview(db, req, req.params.id, 'update');
      return svc.updateInterview(db, userId, req.params.id, req.body, new Date());
    },
  );

  app.delete('/interviews/:id', { schema: { tags, summary: 'Delete an interview (its logged interaction stays in your network)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const userId = await ownInterview(db, req, req.params.id, 'delete');
    await svc.deleteInterview(db, userId, req.params.id);
    return reply.code(204).send(null);
  });

  app.post(
    '/interviews/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move to another stage (scheduled needs scheduledAt; held logs the interaction; 409 when the move is not allowed)',
        params: idParams,
        body: moveInterviewBody,
        response: { 200: interviewResponse },
      },
    },
    async (req) => {
      const userId = await ownInterview(db, req, req.params.id, 'move');
      return svc.moveInterview(db, userId, req.params.id, req.body, new Date());
    },
  );

  app.post(
    '/interviews/:id/stage/undo',
    {
      schema: {
        tags,
        summary: 'Undo the latest stage move (stage = where it was moved to; 409 if it moved on since or there is nothing to undo)',
        params: idParams,
        body: undoStageBody,
        response: { 200: interviewResponse },
      },
    },
    async (req) => {
      const userId = await ownInterview(db, req, req.params.id, 'move');
      return svc.undoStageMove(db, userId, req.params.id, req.body.stage, new Date());
    },
  );

  app.post(
    '/interviews/:id/star',
    { schema: { tags, summary: 'Star (potential mentor) or unstar a held interview; stars the contact too', params: idParams, body: starInterviewBody, response: { 200: interviewResponse } } },
    async (req) => {
      const userId = await ownInterview(db, req, req.params.id, 'star');
      return svc.starInterview(db, userId, req.params.id, req.body.starred, new Date());
    },
  );

  app.put(
    '/interviews/:id/questions',
    { schema: { tags, summary: 'Pick, reorder and take notes on questions: the full ordered list', params: idParams, body: replaceQuestionsBody, response: { 200: interviewResponse } } },
    async (req) => {
      const userId = await ownInterview(db, req, req.params.id, 'update');
      return svc.replaceQuestions(db, userId, req.params.id, req.body, new Date());
    },
  );

  app.post(
    '/interviews/:id/ask-message',
    { schema: { tags, summary: 'The 5–10 minute request message, filled in for this person', params: idParams, body: askMessageBody, response: { 200: renderedTemplateResponse } } },
    async (req) => {
      const userId = await ownInterview(db, req, req.params.id, 'ask');
      return svc.askMessage(db, userId, req.params.id, req.body);
    },
  );

  app.get('/interview-questions', { schema: { tags: questionTags, summary: 'The question bank: built-ins, then your own', querystring: listQuestionsQuery, response: { 200: questionListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canInterviewQuestion(actor, 'list', { userId: actor.userId }), 'question');
    return qs.listQuestions(db, actor.userId, req.query);
  });

  app.post('/interview-questions', { schema: { tags: questionTags, summary: 'Add your own question', body: questionBody, response: { 201: questionResponse } } }, async (req, reply) => {
    const actor = requireActor(req);
    allowOr404(canInterviewQuestion(actor, 'create', { userId: actor.userId }), 'question');
    return reply.code(201).send(await qs.createQuestion(db, actor.userId, req.body.text));
  });

  app.patch(
    '/interview-questions/:id',
    { schema: { tags: questionTags, summary: 'Reword one of your questions (409 for built-ins)', params: questionIdParams, body: questionBody, response: { 200: questionResponse } } },
    async (req) => {
      const userId = await ownQuestion(db, req, req.params.id, 'update');
      const updated = await qs.updateQuestion(db, userId, req.params.id, req.body.text);
      if (!updated) throw notFound('question');
      return updated;
    },
  );

  app.delete(
    '/interview-questions/:id',
    { schema: { tags: questionTags, summary: 'Delete one of your questions (notes already taken under it stay)', params: questionIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const userId = await ownQuestion(db, req, req.params.id, 'delete');
      await qs.deleteQuestion(db, userId, req.params.id);
      return reply.code(204).send(null);
    },
  );
};
