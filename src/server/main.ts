import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { purgeExpiredSessions } from './auth/session-store';
import { buildWeb, webBuildIsStale, webDistDir } from './web-build';
import { createJobRunner } from './jobs/definitions';
import { closeTransports } from './mail/transport';

export type Role = 'web' | 'worker';
export type StartOptions = { buildIfStale?: boolean; logger?: FastifyServerOptions['logger']; roles?: Role[] };

/**
 * Opens the database, applies migrations, serves API and web app and/or runs the job worker until
 * SIGINT/SIGTERM. Both roles by default: one process is a whole Trellis. A worker-only process
 * serves no HTTP; web-only processes leave the jobs to workers elsewhere.
 */
export async function startServer(config: Config, opts: StartOptions = {}) {
  const roles = new Set<Role>(opts.roles ?? ['web', 'worker']);
  if (!roles.has('web')) return startWorkerOnly(config, opts);
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
    const runner = roles.has('worker') ? createJobRunner({ db: database.db, config, log: app.log }) : null;
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      // The job in progress finishes first; then no new requests, then the database goes.
      await runner?.stop();
      await app.close();
      closeTransports();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: config.port, host: config.host });
    runner?.start();
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

async function startWorkerOnly(config: Config, opts: StartOptions) {
  const database = await openDatabase(config, 'trellis start --roles worker');
  try {
    await database.migrate();
    const { default: pino } = await import('pino');
    const log = pino(typeof opts.logger === 'object' && opts.logger ? (opts.logger as object) : { level: config.logLevel });
    const runner = createJobRunner({ db: database.db, config, log });
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log.info({ signal }, 'worker shutting down (finishing the job in progress)');
      await runner.stop();
      closeTransports();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    runner.start();
    log.info({ workerId: runner.workerId }, 'Trellis job worker running (no HTTP)');
    return null;
  } catch (err) {
    await database.close();
    throw err;
  }
}
