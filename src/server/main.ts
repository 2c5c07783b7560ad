import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { purgeExpiredSessions } from './auth/session-store';
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
    // Expired sessions are refused anyway; purging them keeps the table small.
    await purgeExpiredSessions(database.db);
    setInterval(() => void purgeExpiredSessions(database.db).catch(() => {}), 3_600_000).unref();
    const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    const startupMs = Math.round(performance.now() - startedAt);
    app.log.info({ startupMs }, `Trellis is running at ${config.publicUrl} (${where})`);
    if (process.stdout.isTTY) console.log(`\n  Trellis is running at ${config.publicUrl}  (${where}; Ctrl-C to stop)\n`);
    return app;
  } catch (err) {
    await database.close();
    throw err;
  }
}
