import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionResponse, timeZoneSchema } from '../../../domain/accounts/schemas';
import { setSessionCookie } from '../../auth/session-cookie';
import { presentUser } from '../accounts/service';
import type { AppDeps } from '../../app';
import { isDemoAvailable, startDemo } from './demo-service';

const tags = ['demo'];
// Absent body arrives as null: curl -X POST with no data must work.
const startDemoBody = z.object({ timezone: timeZoneSchema.optional() }).nullish();

/**
 * Public on purpose: the demo is how a visitor tries an empty install before anyone has an account.
 * The service refuses once a real user exists; the rate limit keeps a visitor from filling the disk.
 */
export const demoRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/demo',
    {
      config: { public: true },
      schema: { tags, summary: 'Whether this install offers the demo', response: { 200: z.object({ available: z.boolean() }) } },
    },
    async () => ({ available: await isDemoAvailable(db) }),
  );

  app.post(
    '/demo',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Create a demo user with an invented network and log in as them (empty installs only)',
        body: startDemoBody,
        response: { 201: sessionResponse },
      },
    },
    async (req, reply) => {
      const { user, session } = await startDemo(db, config.sessionTtlDays, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        timezone: req.body?.timezone,
      });
      setSessionCookie(req, reply, session.secret, session.expiresAt);
      return reply.code(201).send({ user: presentUser(user), csrfToken: session.csrfToken });
    },
  );
};
