import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './app';
import { accountRoutes } from './modules/accounts/routes';
import { sessionRoutes } from './modules/sessions/routes';
import { tokenRoutes } from './modules/tokens/routes';
import { contactRoutes } from './modules/network/contacts-routes';
import { interactionRoutes } from './modules/network/interactions-routes';
import { networkOverviewRoutes } from './modules/network/overview-routes';
import { demoRoutes } from './modules/demo/demo-routes';
import { importRoutes } from './modules/network/imports-routes';
import { exportRoutes } from './modules/network/exports-routes';
import { duplicateRoutes } from './modules/network/duplicates-routes';
import { todayRoutes } from './modules/follow-through/today-routes';
import { commitmentRoutes } from './modules/follow-through/commitments-routes';
import { habitRoutes } from './modules/follow-through/habits-routes';
import { templateRoutes } from './modules/follow-through/templates-routes';
import { followThroughSettingsRoutes } from './modules/follow-through/settings-routes';
import { notificationRoutes } from './modules/notifications/routes';
import { interviewRoutes } from './modules/interviews/routes';
import { mentoringRoutes } from './modules/mentoring/routes';
import { programsRoutes } from './modules/programs/routes';
import { mentorDirectoryRoutes } from './modules/mentor-directory/routes';

/** Every room's routes, mounted under /api/v1. */
export const apiV1: FastifyPluginAsyncZod<AppDeps> = async (app, { db, database, config }) => {
  // Pass only the dependencies on: the plugin options also hold this plugin's own prefix.
  const deps: AppDeps = { db, database, config };
  await app.register(accountRoutes, deps);
  await app.register(tokenRoutes, deps);
  await app.register(sessionRoutes, deps);
  await app.register(contactRoutes, deps);
  await app.register(interactionRoutes, deps);
  await app.register(networkOverviewRoutes, deps);
  await app.register(demoRoutes, deps);
  await app.register(importRoutes, deps);
  await app.register(exportRoutes, deps);
  await app.register(duplicateRoutes, deps);
  await app.register(todayRoutes, deps);
  await app.register(commitmentRoutes, deps);
  await app.register(habitRoutes, deps);
  await app.register(templateRoutes, deps);
  await app.register(followThroughSettingsRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(interviewRoutes, deps);
  await app.register(mentoringRoutes, deps);
  await app.register(programsRoutes, deps);
  await app.register(mentorDirectoryRoutes, deps);
};
