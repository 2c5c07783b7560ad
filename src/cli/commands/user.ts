import type { Command } from 'commander';
import { signupBody } from '../../domain/accounts/schemas';
import { createUser } from '../../server/modules/accounts/service';
import { listUsers } from '../../server/modules/accounts/queries';
import { badRequest } from '../../server/errors';
import { readSecret } from '../read-secret';
import { reportError, withDatabase } from '../run-command';

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('Manage user accounts');

  user
    .command('create')
    .description('Create a user; the password is read from stdin, or prompted for on a terminal')
    .requiredOption('--email <email>', 'e-mail address (login)')
    .requiredOption('--name <name>', 'display name')
    .option('--timezone <tz>', 'IANA time zone, e.g. Europe/Berlin', 'UTC')
    .option('--admin', 'make the user an administrator')
    .action(async (opts: { email: string; name: string; timezone: string; admin?: boolean }) => {
      try {
        const password = await readSecret('Password (at least 10 characters): ');
        const parsed = signupBody.safeParse({ email: opts.email, name: opts.name, timezone: opts.timezone, password });
        if (!parsed.success) {
          throw badRequest('Cannot create the user.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
        }
        await withDatabase('trellis user create', async ({ db }) => {
          const created = await createUser(db, { ...parsed.data, isAdmin: opts.admin ?? false });
          console.log(`Created user ${created.email} (${created.id}).`);
        });
      } catch (err) {
        reportError(err);
      }
    });

  user
    .command('list')
    .description('List users')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      try {
        await withDatabase('trellis user list', async ({ db }) => {
          const rows = await listUsers(db);
          if (opts.json) {
            console.log(JSON.stringify(rows.map((u) => ({ id: u.id, email: u.email, name: u.name, timezone: u.timezone, isAdmin: u.isAdmin, createdAt: u.createdAt })), null, 2));
            return;
          }
          if (rows.length === 0) console.log('No users yet. Create one with: trellis user create --email E --name N');
          for (const u of rows) {
            console.log(`${u.email}\t${u.name}\t${u.timezone}${u.isAdmin ? '\tadmin' : ''}\t${u.createdAt.toISOString().slice(0, 10)}`);
          }
        });
      } catch (err) {
        reportError(err);
      }
    });
}
