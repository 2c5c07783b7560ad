import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { mentorshipRoutes } from './mentorships-routes';
import { goalRoutes } from './goals-routes';
import { meetingRoutes } from './meetings-routes';
import { wishListRoutes } from './wish-list-routes';
import { depthRoutes } from './depth-routes';
import { depthMentorRoutes } from './depth-mentor-routes';

/** The mentee's side of mentoring, by sub-capability. */
export const mentoringRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, database, config } = deps;
  await app.register(mentorshipRoutes, { db, database, config });
  await app.register(goalRoutes, { db, database, config });
  await app.register(meetingRoutes, { db, database, config });
  await app.register(wishListRoutes, { db, database, config });
  await app.register(depthRoutes, { db, database, config });
  await app.register(depthMentorRoutes, { db, database, config });
};
