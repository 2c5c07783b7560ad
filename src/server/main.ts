import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { buildWeb, webBuildIsStale, webDistDir } from './web-build';

export type StartOptions = { buildIfStale?: boolean; logger?: FastifyServerOptions['logger'] };

/** Opens the database, applies migrations, serves API and web app until SIGINT/SIGTERM. */
export async function startServer(config: Config, opts: StartOptions = {}) {
  const startedAt = performance.now();
  const logger = opts.logger ?? {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
  };
  if (opts.buildIfStale && webBuildIsStale()) {
    console.log('Building the web app (first start, or its sources changed)…');
    buildWeb();
  }
  const database = await openDatabase(config, 'trellis start');
  try {
    await database.migrate();
    const app = await buildApp({ db: database.db, database, config }, { logger, webDir: webDistDir });
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: config.port, host: config.host });
    const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    app.log.info(
      { startupMs: Math.round(performance.now() - startedAt) },
      `Trellis is running at ${config.publicUrl} (${where})`,
    );
    return app;
  } catch (err) {
    await database.close();
    throw err;
  }
}
