import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: string) {
    super(
      `The embedded database in ${dataDir} is in use by another Trellis process (${holder}). ` +
        'Stop that process first, or run this command through the running server. ' +
        'If no Trellis process is running, wait 10 seconds and try again (a crashed process leaves a lock that expires).',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * PGlite is single-process: two processes on one data directory would corrupt it. We hold an
 * exclusive lock (refreshed in the background, stale after 10 s) for as long as the database is open.
 */
export async function acquireDataDirLock(dataDir: string, purpose: string): Promise<() => Promise<void>> {
  const target = join(dataDir, 'trellis.lock-target');
  writeFileSync(target, '', { flag: 'a' });
  const holderFile = join(dataDir, 'trellis.lock-holder');
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, { stale: 10_000, update: 2_000, realpath: false });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') {
      let holder = 'unknown';
      try {
        holder = readFileSync(holderFile, 'utf8').trim() || holder;
      } catch {
        // the holder note is informative only
      }
      throw new DataDirLockedError(dataDir, holder);
    }
    throw err;
  }
  writeFileSync(holderFile, `${purpose}, pid ${process.pid}, since ${new Date().toISOString()}`);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await release().catch(() => {});
  };
}
