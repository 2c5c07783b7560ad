import type { Command } from 'commander';
import { createDemoUser, isDemoAvailable } from '../../server/modules/demo/demo-service';
import { timeZoneSchema } from '../../domain/accounts/schemas';
import { CliUsageError, reportError, withDatabase } from '../run-command';

export function registerDemoCommand(program: Command) {
  program
    .command('demo')
    .description('Create a demo user with an invented network (about 150 contacts, a year of interactions) and print how to log in')
    .option('--timezone <tz>', 'IANA time zone of the demo user', 'America/New_York')
    .action(async (opts: { timezone: string }) => {
      try {
        const tz = timeZoneSchema.safeParse(opts.timezone);
        if (!tz.success) throw new CliUsageError(`--timezone: ${tz.error.issues[0]?.message}`);
        await withDatabase('trellis demo', async ({ db }, config) => {
          const started = Date.now();
          const { user, password } = await createDemoUser(db, new Date(), { timezone: tz.data });
          console.log(`Created demo user ${user.name} in ${Date.now() - started} ms.`);
          console.log(`  E-mail:   ${user.email}`);
          console.log(`  Password: ${password}`);
          console.log(`Log in at ${config.publicUrl}/login`);
          // The admin may run this on an install with real users; the web button is what is switched off then.
          if (!(await isDemoAvailable(db))) console.log('(This install has real users, so the "Try the demo" button is hidden.)');
        });
      } catch (err) {
        reportError(err);
      }
    });
}
