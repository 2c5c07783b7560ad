import type { Command } from 'commander';
import { createTokenBody, emailSchema } from '../../domain/accounts/schemas';
import { findUserByEmail } from '../../server/modules/accounts/queries';
import { createToken } from '../../server/modules/tokens/service';
import { CliUsageError, reportError, withDatabase } from '../run-command';

export function registerTokenCommands(program: Command) {
  const token = program.command('token').description('Manage personal API tokens');
  token
    .command('create')
    .description('Create an API token for a user and print it (shown once)')
    .requiredOption('--user <email>', "the token owner's e-mail")
    .requiredOption('--name <name>', 'what the token is for')
    .action(async (opts: { user: string; name: string }) => {
      try {
        const email = emailSchema.safeParse(opts.user);
        const name = createTokenBody.safeParse({ name: opts.name });
        if (!email.success) throw new CliUsageError(`--user: ${email.error.issues[0]?.message}`);
        if (!name.success) throw new CliUsageError(`--name: ${name.error.issues[0]?.message}`);
        await withDatabase('trellis token create', async ({ db }) => {
          const owner = await findUserByEmail(db, email.data);
          if (!owner) throw new CliUsageError(`No user with e-mail ${email.data}. See: trellis user list`);
          const created = await createToken(db, owner.id, name.data.name);
          console.log(created.token);
        });
      } catch (err) {
        reportError(err);
      }
    });
}
