import { ConfigError, loadConfig, type Config } from '../server/config';
import { type Database, openDatabase } from '../server/db/client';
import { DataDirLockedError } from '../server/db/data-dir-lock';
import { ProblemError } from '../server/errors';

/** Turns known failures into a one-paragraph message and exit code; never a stack trace for user errors. */
export function reportError(err: unknown): never {
  if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof CliUsageError) {
    console.error(`trellis: ${err.message}`);
    process.exit(2);
  }
  if (err instanceof ProblemError) {
    const fields = err.errors?.map((e) => `\n  ${e.path}: ${e.message}`).join('') ?? '';
    console.error(`trellis: ${err.message}${fields}`);
    process.exit(1);
  }
  console.error('trellis: unexpected error:', err instanceof Error ? err.message : err);
  process.exit(1);
}

export class CliUsageError extends Error {}

/** Runs a command body with the configured database open (and migrated), closing it afterwards. */
export async function withDatabase<T>(purpose: string, body: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config, purpose);
  try {
    await database.migrate();
    return await body(database, config);
  } finally {
    await database.close();
  }
}
