import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  commitmentListResponse,
  commitmentResponse,
  createCommitmentBody,
  dropCommitmentBody,
  listCommitmentsQuery,
  updateCommitmentBody,
} from '../../../domain/follow-through/api';
import type { CommitmentAction } from '../../../domain/follow-through/index';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canCommitment } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './commitments-service';

const tags = ['commitments'];

/** URL segment → domain action; drop carries its reason in the body. */
const ACTIONS = {
  nudge: 'nudge',
  complete: 'complete',
  thank: 'thank',
  reopen: 'reopen',
  'thank-introducer': 'thank_introducer',
} as const;

export const commitmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const guard = async (userId: string, id: string, actor: ReturnType<typeof requireActor>, action: 'read' | 'update' | 'delete' | 'act') => {
    const row = await svc.findCommitment(db, userId, id);
    allowOr404(row !== null && canCommitment(actor, action, row), 'commitment');
  };

  app.get(
    '/commitments',
    { schema: { tags, summary: 'The promises ledger, newest first', querystring: listCommitmentsQuery, response: { 200: commitmentListResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canCommitment(actor, 'list', { userId: actor.userId }), 'commitment');
      return svc.listCommitments(db, actor.userId, req.query, new Date());
    },
  );

  app.post(
    '/commitments',
    { schema: { tags, summary: 'Record an offer someone made you, or a promise you made', body: createCommitmentBody, response: { 201: commitmentResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canCommitment(actor, 'create', { userId: actor.userId }), 'commitment');
      return reply.code(201).send(await svc.createCommitment(db, actor.userId, req.body, new Date()));
    },
  );

  app.get('/commitments/:id', { schema: { tags, summary: 'One commitment with its next steps', params: idParams, response: { 200: commitmentResponse } } }, async (req) => {
    const actor = requireActor(req);
    await guard(actor.userId, req.params.id, actor, 'read');
    return svc.getCommitment(db, actor.userId, req.params.id, new Date());
  });

  app.patch(
    '/commitments/:id',
    { schema: { tags, summary: 'Change what, whom, when or who offered/promised', params: idParams, body: updateCommitmentBody, response: { 200: commitmentResponse } } },
    async (req) => {
      const actor = requireActor(req);
      await guard(actor.userId, req.params.id, actor, 'update');
      return svc.updateCommitment(db, actor.userId, req.params.id, req.body, new Date());
    },
  );

  app.delete('/commitments/:id', { schema: { tags, summary: 'Delete a commitment', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const actor = requireActor(req);
    await guard(actor.userId, req.params.id, actor, 'delete');
    await svc.deleteCommitment(db, actor.userId, req.params.id);
    return reply.code(204).send(null);
  });

  for (const [segment, type] of Object.entries(ACTIONS)) {
    app.post(
      `/commitments/:id/${segment}`,
      { schema: { tags, summary: `Commitment action: ${segment.replace('-', ' ')} (409 when the move is not allowed from the current state)`, params: idParams, response: { 200: commitmentResponse } } },
      async (req) => {
        const actor = requireActor(req);
        await guard(actor.userId, req.params.id, actor, 'act');
        return svc.commitmentAction(db, actor.userId, req.params.id, { type } as CommitmentAction, new Date());
      },
    );
  }

  app.post(
    '/commitments/:id/drop',
    { schema: { tags, summary: 'Drop a commitment, saying why', params: idParams, body: dropCommitmentBody, response: { 200: commitmentResponse } } },
    async (req) => {
      const actor = requireActor(req);
      await guard(actor.userId, req.params.id, actor, 'act');
      return svc.commitmentAction(db, actor.userId, req.params.id, { type: 'drop', reason: req.body.reason }, new Date());
    },
  );
};
