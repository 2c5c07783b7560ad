import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { networkOverviewResponse } from '../../../domain/network/overview-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canNetworkOverview } from '../../policies/index';
import type { AppDeps } from '../../app';
import { getNetworkOverview } from './overview-service';

export const networkOverviewRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/network/overview',
    {
      schema: {
        tags: ['network'],
        summary: 'Your network by circle, employer, level, industry, company and recency, with the gaps in it',
        response: { 200: networkOverviewResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canNetworkOverview(actor, 'read', { userId: actor.userId }), 'network overview');
      return getNetworkOverview(db, actor.userId);
    },
  );
};
