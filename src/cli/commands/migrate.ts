import type { Command } from 'commander';
import { reportError, withDatabase } from '../run-command';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations and exit')
    .action(async () => {
      try {
        await withDatabase('trellis migrate', async (db, config) => {
          console.log(`Migrations applied (${db.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}).`);
        });
      } catch (err) {
        reportError(err);
      }
    });
}
