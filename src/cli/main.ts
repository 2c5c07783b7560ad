import { Command } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { registerImportCommand } from './commands/import';
import { registerMatchCommand } from './commands/match';
import { registerMigrateCommand } from './commands/migrate';
import { registerStartCommand } from './commands/start';
import { registerTokenCommands } from './commands/token';
import { registerUserCommands } from './commands/user';
import { registerDemoCommand } from './commands/demo';
import { registerJobsCommands } from './commands/jobs';

// An optional .env beside the project; real environment variables win over it.
loadDotenv({ quiet: true });

const program = new Command()
  .name('trellis')
  .description('Trellis: mentoring and professional relationships that follow through')
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommands(program);
registerTokenCommands(program);
registerMatchCommand(program);
registerDemoCommand(program);
registerImportCommand(program);
registerJobsCommands(program);

await program.parseAsync(process.argv);
