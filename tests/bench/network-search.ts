/**
 * A user with 30,000 contacts on in-memory PGlite: latency percentiles of GET /api/v1/contacts
 * (plain lists, sorts, a second keyset page, and searches) through app.inject, so routing,
 * validation, SQL and serialisation are all included. Prints numbers only.
 * Run: node --import tsx tests/bench/network-search.ts
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { openMemoryDatabase } from '../../src/server/db/client';
import { parseImport } from '../../src/domain/network/import/index';
import { bulkInsertContacts } from '../../src/server/modules/network/contacts-bulk';
import { generateLinkedinCsv } from '../fixtures/imports/generate-linkedin';
import { vacuumChurnedTables } from '../../src/server/jobs/vacuum';

const CONTACTS = Number(process.env.CONTACTS ?? 30_000);
const ITERATIONS = Number(process.env.ITERATIONS ?? 200);

const database = await openMemoryDatabase();
await database.migrate();
const app = await buildApp({ db: database.db, database, config: loadConfig({ DATA_DIR: '/tmp/trellis-bench-unused' }) });
await app.ready();
const signup = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/signup',
  payload: { email: 'bench@example.test', password: 'correct horse battery', name: 'Bench' },
});
const userId = signup.json().user.id as string;
const cookie = `trellis_session=${signup.cookies.find((c) => c.name === 'trellis_session')!.value}`;

// Every generated row is a distinct person (unique LinkedIn URL), so all are inserted, undeduplicated.
const seedStart = performance.now();
const rows = parseImport('linkedin', generateLinkedinCsv(Math.ceil(CONTACTS * 1.02), 1)).rows.slice(0, CONTACTS);
await database.db.transaction((tx) =>
  bulkInsertContacts(tx, userId, rows.map((r) => ({ ...r.contact, id: randomUUID() }))),
);
// Realistic spread: most contacts have an interaction in the last three years, some are tagged.
await database.db.execute(sql`update contacts set
  last_interaction_at = case when random() < 0.8 then now() - random() * interval '1000 days' end,
  tags = case when random() < 0.1 then array['mentor'] when random() < 0.2 then array['recruiter', 'fintech'] else '{}' end
  where user_id = ${userId}`);
await database.db.execute(sql`analyze contacts`);
console.log(`seeded ${rows.length} contacts in ${(performance.now() - seedStart).toFixed(0)} ms; ${ITERATIONS} requests per case`);

const firstPage = await app.inject({ method: 'GET', url: '/api/v1/contacts?limit=50', headers: { cookie } });
const cursor = firstPage.json().nextCursor as string;

const cases: [string, string][] = [
  ['list, name order (first page)', '/api/v1/contacts?limit=50'],
  ['list, name order (page 2 by cursor)', `/api/v1/contacts?limit=50&cursor=${encodeURIComponent(cursor)}`],
  ['list, longest-ago contacted first', '/api/v1/contacts?limit=50&sort=last_contacted'],
  ['list, tag=mentor', '/api/v1/contacts?limit=50&tag=mentor'],
  ['search "priya" (a name)', '/api/v1/contacts?q=priya&limit=50'],
  ['search "zoe" (accent-folded Zoë)', '/api/v1/contacts?q=zoe&limit=50'],
  ['search "acme engineer" (two words)', '/api/v1/contacts?q=acme%20engineer&limit=50'],
  ['search "garcía lópez"', `/api/v1/contacts?q=${encodeURIComponent('garcía lópez')}&limit=50`],
  ['search "@example.com" (many hits)', `/api/v1/contacts?q=${encodeURIComponent('@example.com')}&limit=50`],
  ['search "xq" (short, no hits)', '/api/v1/contacts?q=xq&limit=50'],
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function measure(when: string) {
  console.log(`-- ${when}`);
  for (const [label, url] of cases) {
    const first = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (first.statusCode !== 200) throw new Error(`${label}: ${first.statusCode} ${first.body.slice(0, 300)}`);
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await app.inject({ method: 'GET', url, headers: { cookie } });
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    const body = first.json() as { items: unknown[]; total: number };
    console.log(
      `${label.padEnd(38)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms | p95 ${pct(times, 95).toFixed(1).padStart(6)} ms | ` +
        `p99 ${pct(times, 99).toFixed(1).padStart(6)} ms | total matches ${body.total}`,
    );
  }
}

// Every contact was just rewritten once (the spread above), as a day of logging and editing would
// leave many: first as that leaves the table, then after the hourly vacuum a running embedded Trellis does.
await measure('after rewriting every contact once');
const v0 = performance.now();
await vacuumChurnedTables(database.db);
console.log(`hourly maintenance vacuum: ${(performance.now() - v0).toFixed(0)} ms`);
await measure('after the hourly vacuum');
await app.close();
await database.close();
