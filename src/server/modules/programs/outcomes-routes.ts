import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import { alumniInvitationsResponse, outcomesCsvQuery } from '../../../domain/programs/api';
import type { AppDeps } from '../../app';
import { cohortGate, programGate } from './gate';
import { inviteAlumni } from './alumni-service';
import { outcomesCsv } from './outcomes-service';

const tags = ['programs'];

/** Outcomes exports and inviting alumni to mentor (coordinators). */
export const programOutcomeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/programs/:id/outcomes.csv',
    {
      schema: {
        tags,
        summary: 'Outcomes as CSV (coordinators): kind=matches, one row per published match; kind=summary, one row per cohort and the totals. Names only, no contact details',
        params: idParams,
        querystring: outcomesCsvQuery,
        produces: ['text/csv'],
        response: { 200: z.string().meta({ description: 'text/csv' }) },
      },
    },
    async (req, reply) => {
      const { actor } = await programGate(db, req, req.params.id, 'read_health');
      const body = await outcomesCsv(db, actor.userId, req.params.id, req.query.kind, new Date());
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="program-outcomes-${req.query.kind}.csv"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.post(
    '/cohorts/:id/alumni-invitations',
    { schema: { tags, summary: 'Invite an ended cohort’s adult mentee alumni to apply as mentors, in one action (coordinators; 409 before it ends)', params: idParams, response: { 200: alumniInvitationsResponse } } },
    async (req) => {
      const { actor, programId } = await cohortGate(db, req, req.params.id, 'run');
      return inviteAlumni(db, config, actor.userId, programId, req.params.id, new Date());
    },
  );
};
