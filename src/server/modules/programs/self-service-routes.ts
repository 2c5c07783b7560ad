import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { idParams } from '../../../domain/accounts/schemas';
import {
  answerBody,
  coordinatorDecisionBody,
  createSelfServiceRequestBody,
  matchingModeBody,
  mentorChoiceQuery,
  mentorChoiceResponse,
  selfServiceOverview,
  selfServiceRequestResponse,
} from '../../../domain/programs/self-service-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canSelfService, canSelfServiceRequest, type SelfServicePolicyAction, type SelfServiceRequestPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import { noAccess, programAccess } from './access';
import { mentorChoice } from './self-service-choice';
import * as svc from './self-service-service';

const tags = ['program self-service matching'];

async function gate(db: Db, req: FastifyRequest, programId: string, action: SelfServicePolicyAction) {
  const actor = requireActor(req);
  const access = await programAccess(db, actor.userId, programId);
  allowOr404(canSelfService(actor, action, access), 'program');
  return access;
}

async function requestGate(db: Db, req: FastifyRequest, id: string, action: SelfServiceRequestPolicyAction) {
  const actor = requireActor(req);
  const parties = await svc.requestParties(db, actor.userId, id);
  const access = parties ? await programAccess(db, actor.userId, parties.request.programId) : noAccess(actor.userId);
  allowOr404(parties !== null && canSelfServiceRequest(actor, action, { access, menteeUserId: parties.menteeUserId, mentorUserId: parties.mentorUserId }), 'request');
  return { actor, request: parties!.request };
}

export const selfServiceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/programs/:id/self-service',
    { schema: { tags, summary: 'Self-service matching in a program: the mode, your sent and received requests, and (coordinators) the approval queue', params: idParams, response: { 200: selfServiceOverview } } },
    async (req) => svc.overview(db, await gate(db, req, req.params.id, 'read'), req.params.id, new Date()),
  );

  app.put(
    '/programs/:id/self-service/mode',
    { schema: { tags, summary: 'How mentees get a mentor: coordinator only, self-service, or both (coordinators)', params: idParams, body: matchingModeBody, response: { 200: selfServiceOverview } } },
    async (req) => svc.setMode(db, await gate(db, req, req.params.id, 'set_mode'), req.params.id, req.body.mode, new Date()),
  );

  app.get(
    '/programs/:id/self-service/mentors',
    { schema: { tags, summary: 'Mentors you may ask, best first, each score explained (mentees), or why there are none; paged, searchable', params: idParams, querystring: mentorChoiceQuery, response: { 200: mentorChoiceResponse } } },
    async (req) => mentorChoice(db, await gate(db, req, req.params.id, 'choose'), req.params.id, new Date(), req.query),
  );

  app.post(
    '/programs/:id/self-service/requests',
    { schema: { tags, summary: 'Ask a mentor of the program, with a short message (mentees)', params: idParams, body: createSelfServiceRequestBody, response: { 201: selfServiceRequestResponse } } },
    async (req, reply) => reply.code(201).send(await svc.createRequest(db, await gate(db, req, req.params.id, 'request'), req.params.id, req.body, new Date())),
  );

  app.post(
    '/self-service-requests/:id/accept',
    { schema: { tags, summary: 'Say yes with a kind message (the mentor); in a minors’ program a coordinator then approves', params: idParams, body: answerBody, response: { 200: selfServiceRequestResponse } } },
    async (req) => svc.acceptRequest(db, (await requestGate(db, req, req.params.id, 'accept')).request, req.body, new Date()),
  );

  app.post(
    '/self-service-requests/:id/decline',
    { schema: { tags, summary: 'Say no with a kind message (the mentor)', params: idParams, body: answerBody, response: { 200: selfServiceRequestResponse } } },
    async (req) => svc.declineRequest(db, (await requestGate(db, req, req.params.id, 'decline')).request, req.body, new Date()),
  );

  app.post(
    '/self-service-requests/:id/withdraw',
    { schema: { tags, summary: 'Take back a request that is still open (the mentee)', params: idParams, response: { 200: selfServiceRequestResponse } } },
    async (req) => svc.withdrawRequest(db, (await requestGate(db, req, req.params.id, 'withdraw')).request, new Date()),
  );

  app.post(
    '/self-service-requests/:id/approve',
    { schema: { tags, summary: 'Approve a mentor’s yes in a minors’ program: the match is made (coordinators)', params: idParams, body: coordinatorDecisionBody, response: { 200: selfServiceRequestResponse } } },
    async (req) => {
      const { actor, request } = await requestGate(db, req, req.params.id, 'approve');
      return svc.approveRequest(db, actor.userId, request, req.body, new Date());
    },
  );

  app.post(
    '/self-service-requests/:id/reject',
    { schema: { tags, summary: 'Decline a mentor’s yes in a minors’ program, with a note (coordinators)', params: idParams, body: coordinatorDecisionBody, response: { 200: selfServiceRequestResponse } } },
    async (req) => {
      const { actor, request } = await requestGate(db, req, req.params.id, 'reject');
      return svc.rejectRequest(db, actor.userId, request, req.body, new Date());
    },
  );
};
