import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import { authenticate } from './auth/authenticate';
import { usePasswordHashCost } from './auth/password';
import { frameworkErrors, registerErrorHandling } from './error-handler';
import { registerNulGuard } from './nul-guard';
import { registerApiDocs } from './api-docs';
import { registerWebApp } from './web-app';
import { apiV1 } from './routes';

export type AppDeps = { db: Db; database: Database; config: Config };
export type RegisteredRoute = { method: string; url: string; public: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export type BuildOptions = {
  logger?: FastifyServerOptions['logger'];
  /** Folder with the built web app; when absent only the API is served. */
  webDir?: string;
};

export async function buildApp(deps: AppDeps, opts: BuildOptions = {}) {
  usePasswordHashCost(deps.config.passwordHashCost);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  // Kept so a test can walk every route and prove each one is guarded.
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) routes.push({ method, url: r.url, public: r.config?.public === true });
  });

  // The API speaks JSON only: a text/plain body is refused (415) rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerNulGuard(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets style attributes at runtime.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerApiDocs(app);
  await app.register(authenticate, { db: deps.db });

  app.get(
    '/healthz',
    { config: { public: true }, schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => {
      await deps.database.ping();
      return { status: 'ok' as const };
    },
  );

  await app.register(apiV1, { prefix: '/api/v1', ...deps });
  if (opts.webDir) await registerWebApp(app, opts.webDir);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
