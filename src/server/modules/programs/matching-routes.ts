import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { idParams } from '../../../domain/accounts/schemas';
import { latestRunResponse, matchListResponse, matchRunResponse, publishBody, runMatchBody } from '../../../domain/programs/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMatchRun, type MatchRunPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import { noAccess, programAccess } from './access';
import { cohortGate } from './gate';
import * as q from './queries';
import * as svc from './matching-service';

const tags = ['program matching'];

async function runGate(db: Db, req: FastifyRequest, runId: string, action: MatchRunPolicyAction) {
  const actor = requireActor(req);
  const cohortId = await svc.cohortOfRun(db, actor.userId, runId);
  const cohort = cohortId ? await q.findCohortForUser(db, actor.userId, cohortId) : null;
  const access = cohort ? await programAccess(db, actor.userId, cohort.programId) : noAccess(actor.userId);
  allowOr404(cohort !== null && canMatchRun(actor, action, access), 'match run');
  return { actor, programId: cohort!.programId, cohortId: cohort!.id };
}

export const programMatchingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/cohorts/:id/match-runs/latest', { schema: { tags, summary: 'The newest matching run of a cohort (coordinators)', params: idParams, response: { 200: latestRunResponse } } }, async (req) => {
    const { programId, cohortId } = await cohortGate(db, req, req.params.id, 'read');
    return svc.latestRun(db, programId, cohortId);
  });

  app.post(
    '/cohorts/:id/match-runs',
    {
      schema: {
        tags,
        summary: 'Run the matching engine for a cohort with weights, pinned and forbidden pairs; the last run’s pairs stay where that costs no score',
        params: idParams,
        body: runMatchBody,
        response: { 201: matchRunResponse },
      },
    },
    async (req, reply) => {
      const { actor, programId, cohortId } = await cohortGate(db, req, req.params.id, 'run');
      return reply.code(201).send(await svc.runMatch(db, actor.userId, programId, cohortId, req.body, new Date()));
    },
  );

  app.get('/cohorts/:id/matches', { schema: { tags, summary: 'Published matches of a cohort (coordinators)', params: idParams, response: { 200: matchListResponse } } }, async (req) => {
    const { programId, cohortId } = await cohortGate(db, req, req.params.id, 'list_matches');
    return svc.listMatches(db, programId, cohortId);
  });

  app.get('/match-runs/:id', { schema: { tags, summary: 'One matching run (coordinators)', params: idParams, response: { 200: matchRunResponse } } }, async (req) => {
    const { programId, cohortId } = await runGate(db, req, req.params.id, 'read');
    return svc.getRun(db, programId, cohortId, req.params.id);
  });

  app.post(
    '/match-runs/:id/publish',
    { schema: { tags, summary: 'Publish the run’s pairs as the cohort’s matches (coordinators); mentors and mentees then see them', params: idParams, body: publishBody, response: { 200: matchRunResponse } } },
    async (req) => {
      const { programId, cohortId } = await runGate(db, req, req.params.id, 'publish');
      return svc.publishRun(db, programId, cohortId, req.params.id, req.body.pairCount, new Date());
    },
  );
};
