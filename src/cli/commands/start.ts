import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/main';
import { reportError } from '../run-command';

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('Serve the web app and API (applies migrations first)')
    .option('--build-if-stale', 'build the web app first when its sources changed since the last build')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (opts: { buildIfStale?: boolean; port?: string }) => {
      try {
        const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
        await startServer(config, { buildIfStale: opts.buildIfStale });
      } catch (err) {
        reportError(err);
      }
    });
}
