import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { profileRoutes } from './profile-routes';
import { requestRoutes } from './requests-routes';
import { menteeRoutes } from './mentees-routes';

/** The mentor's side of mentoring: the profile and directory, requests, and My mentees. */
export const mentorDirectoryRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, database, config } = deps;
  await app.register(profileRoutes, { db, database, config });
  await app.register(requestRoutes, { db, database, config });
  await app.register(menteeRoutes, { db, database, config });
};
