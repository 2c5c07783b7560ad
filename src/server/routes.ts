import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './app';
import { accountRoutes } from './modules/accounts/routes';
import { sessionRoutes } from './modules/sessions/routes';
import { tokenRoutes } from './modules/tokens/routes';

/** Every room's routes, mounted under /api/v1. */
export const apiV1: FastifyPluginAsyncZod<AppDeps> = async (app, { db, database, config }) => {
  // Pass only the dependencies on: the plugin options also hold this plugin's own prefix.
  const deps: AppDeps = { db, database, config };
  await app.register(accountRoutes, deps);
  await app.register(tokenRoutes, deps);
  await app.register(sessionRoutes, deps);
};
