import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index';
import { acquireDataDirLock } from './data-dir-lock';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

/**
 * PGlite kept in memory: one per test file, or for throwaway runs. `from` is a data directory
 * dumped by `dumpMemoryDatabase` (tests open a copy of one migrated database instead of migrating).
 */
export async function openMemoryDatabase(from?: Blob): Promise<Database> {
  const client = await PGlite.create({ extensions: { pg_trgm }, ...(from ? { loadDataDir: from } : {}) });
  return wrapPglite(client, async () => {});
}

/** The whole in-memory data directory as an uncompressed tarball, for `openMemoryDatabase(from)`. */
export async function dumpMemoryDatabase(database: Database): Promise<Blob> {
  const client = pgliteClients.get(database);
  if (!client) throw new Error('dumpMemoryDatabase: not an in-memory PGlite database');
  // Checkpointed first, so a copy opens without replaying the write-ahead log.
  await client.query('CHECKPOINT');
  return client.dumpDataDir('none');
}

const pgliteClients = new WeakMap<Database, PGlite>();

/** The embedded database under DATA_DIR; one process at a time (guarded by a lock file). */
export async function openEmbeddedDatabase(dataDir: string, purpose: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const release = await acquireDataDirLock(dataDir, purpose);
  try {
    const pgdata = join(dataDir, 'pgdata');
    if (!existsSync(join(pgdata, 'PG_VERSION'))) {
      // Creating the cluster grows PGlite's WebAssembly heap to ~1.3 GB, which it never gives back;
      // doing it in a throwaway instance lets the long-lived one start at its normal ~400 MB.
      await (await PGlite.create({ dataDir: pgdata })).close();
    }
    const client = await PGlite.create({ dataDir: pgdata, extensions: { pg_trgm } });
    return wrapPglite(client, release);
  } catch (err) {
    await release();
    throw err;
  }
}

function wrapPglite(client: PGlite, release: () => Promise<void>): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const database: Database = {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
    },
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      // A checkpoint before closing spares the next start a WAL replay (seconds and ~700 MB of heap).
      await client.query('CHECKPOINT').catch(() => {});
      await client.close();
      await release();
    },
  };
  pgliteClients.set(database, client);
  return database;
}

export async function openPostgresDatabase(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // A dropped connection must not crash the process; the next query reports the failure.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      await migratePg(db as never, { migrationsFolder });
    },
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      await pool.end();
    },
  };
}

export async function openDatabase(
  cfg: { databaseUrl: string | undefined; dataDir: string },
  purpose: string,
): Promise<Database> {
  return cfg.databaseUrl
    ? openPostgresDatabase(cfg.databaseUrl)
    : openEmbeddedDatabase(cfg.dataDir, purpose);
}
