import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Serves the built React app; unknown non-API GETs get index.html so client-side routes load. */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  if (!existsSync(join(webDir, 'index.html'))) {
    throw new Error(`The web app is not built (${webDir}/index.html is missing). Run "npm run build".`);
  }
  await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
