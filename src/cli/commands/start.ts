import type { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { startServer, type Role } from '../../server/main';
import { CliUsageError, reportError } from '../run-command';

function parseRoles(raw: string | undefined): Role[] | undefined {
  if (raw === undefined) return undefined;
  const roles = raw.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => r !== 'web' && r !== 'worker');
  if (roles.length === 0 || bad.length > 0) throw new CliUsageError(`--roles: expected web, worker or web,worker; got "${raw}"`);
  return roles as Role[];
}

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('Serve the web app and API (applies migrations first)')
    .option('--build-if-stale', 'build the web app first when its sources changed since the last build')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--roles <roles>', 'web (HTTP), worker (jobs: digests, mail) or both', 'web,worker')
    .action(async (opts: { buildIfStale?: boolean; port?: string; roles?: string }) => {
      try {
        const roles = parseRoles(opts.roles);
        const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
        await startServer(config, { buildIfStale: opts.buildIfStale, roles });
      } catch (err) {
        reportError(err);
      }
    });
}
