import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/**
 * The tables this code churns: follow-ups are upserted by every sync, jobs and mails by every sweep.
 * Embedded PostgreSQL (PGlite) runs no autovacuum, so without this their dead rows pile up and no
 * page is ever marked all-visible, which rules out index-only scans (Today's bucket counts).
 */
const CHURNED_TABLES = ['follow_ups', 'jobs', 'sent_mails'] as const;

/** VACUUM (ANALYZE) cannot run inside a transaction: call it on the database handle, never a tx. */
export async function vacuumChurnedTables(db: Db): Promise<void> {
  await db.execute(sql.raw(`VACUUM (ANALYZE) ${CHURNED_TABLES.join(', ')}`));
}
