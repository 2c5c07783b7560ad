import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { programRoutes } from './programs-routes';
import { programMemberRoutes } from './members-routes';
import { programMatchingRoutes } from './matching-routes';
import { programOutcomeRoutes } from './outcomes-routes';
import { selfServiceRoutes } from './self-service-routes';

/** The programs room: organisations, programs, cohorts, members, invitations, applications, screening, matching. */
export const programsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, database, config } = deps;
  await app.register(programRoutes, { db, database, config });
  await app.register(programMemberRoutes, { db, database, config });
  await app.register(programMatchingRoutes, { db, database, config });
  await app.register(programOutcomeRoutes, { db, database, config });
  await app.register(selfServiceRoutes, { db, database, config });
};
