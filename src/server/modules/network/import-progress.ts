import type { ImportProgress } from '../../../domain/network/import-api';

/**
 * Progress of running imports, kept in this process's memory. With several app instances behind
 * a load balancer a poll may land on an instance that never saw the import and answer 404; the
 * web wizard treats that as "no progress to show" and simply waits for the upload's response.
 * Keys include the user id, so one user can never read another's progress even with their id.
 */
const TTL_MS = 10 * 60_000;
type Entry = ImportProgress & { expiresAt: number };
const entries = new Map<string, Entry>();

const keyOf = (userId: string, progressId: string) => `${userId}:${progressId}`;

function sweep(now: number): void {
  for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
}

export type ProgressReporter = (update: ImportProgress) => void;

/** A reporter that records updates under (userId, progressId); a no-op when no id was given. */
export function progressReporter(userId: string, progressId: string | undefined): ProgressReporter {
  if (!progressId) return () => {};
  const key = keyOf(userId, progressId);
  return (update) => {
    const now = Date.now();
    sweep(now);
    entries.set(key, { ...update, expiresAt: now + TTL_MS });
  };
}

export function readProgress(userId: string, progressId: string): ImportProgress | null {
  const now = Date.now();
  sweep(now);
  const entry = entries.get(keyOf(userId, progressId));
  if (!entry) return null;
  return { phase: entry.phase, processed: entry.processed, total: entry.total };
}
