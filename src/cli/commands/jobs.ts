import type { Command } from 'commander';
import { listJobs, type JobStatus } from '../../server/jobs/queue';
import { CliUsageError, reportError, withDatabase } from '../run-command';

const STATUSES: JobStatus[] = ['queued', 'running', 'done', 'failed'];

export function registerJobsCommands(program: Command) {
  const jobs = program.command('jobs').description('Inspect background jobs (digests, mail, sweeps)');
  jobs
    .command('list')
    .description('List jobs, newest run time first')
    .option('--status <status>', `only jobs in this status (${STATUSES.join(', ')})`)
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { status?: string; limit: string; json?: boolean }) => {
      try {
        if (opts.status !== undefined && !STATUSES.includes(opts.status as JobStatus)) {
          throw new CliUsageError(`--status: expected one of ${STATUSES.join(', ')}; got "${opts.status}"`);
        }
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new CliUsageError('--limit: expected a whole number 1–10000');
        await withDatabase('trellis jobs list', async ({ db }) => {
          const rows = await listJobs(db, { status: opts.status as JobStatus | undefined, limit });
          const items = rows.map((j) => ({
            id: j.id,
            name: j.name,
            status: j.status,
            attempts: j.attempts,
            maxAttempts: j.maxAttempts,
            runAt: j.runAt.toISOString(),
            lockedBy: j.lockedBy,
            idempotencyKey: j.idempotencyKey,
            lastError: j.lastError,
          }));
          if (opts.json) {
            console.log(JSON.stringify(items, null, 2));
            return;
          }
          if (items.length === 0) {
            console.log('No jobs.');
            return;
          }
          console.log(['STATUS  ', 'NAME             ', 'TRIES', 'RUN AT                  ', 'LAST ERROR'].join(' '));
          for (const j of items) {
            const error = j.lastError ? j.lastError.replace(/\s+/g, ' ').slice(0, 80) : '';
            console.log(
              [j.status.padEnd(8), j.name.padEnd(17), `${j.attempts}/${j.maxAttempts}`.padEnd(5), j.runAt.padEnd(24), error].join(' '),
            );
          }
        });
      } catch (err) {
        reportError(err);
      }
    });
}
