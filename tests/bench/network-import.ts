/**
 * Imports a 30,000-row LinkedIn export into an in-memory PGlite through the import service,
 * three times (a fresh database each), then re-imports the same file into the last one.
 * Prints timings only; nothing asserts speed. Run: node --import tsx tests/bench/network-import.ts
 */
import { performance } from 'node:perf_hooks';
import { openMemoryDatabase } from '../../src/server/db/client';
import { insertUser } from '../../src/server/modules/accounts/queries';
import { runImport, type ImportTimings } from '../../src/server/modules/network/imports-service';
import { generateLinkedinCsv } from '../fixtures/imports/generate-linkedin';

const ROWS = Number(process.env.ROWS ?? 30_000);
const RUNS = Number(process.env.RUNS ?? 3);
const text = generateLinkedinCsv(ROWS, 42);
const fmt = (ms: number) => ms.toFixed(0).padStart(6);

/** CPU time of the process (PGlite runs on this thread too), less swayed by other load than wall time. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

function line(label: string, t: ImportTimings, cpu: number, rows: number, created: number, extra = '') {
  const dbMs = t.loadMs + t.saveMs;
  console.log(
    `${label.padEnd(10)} parse ${fmt(t.parseMs)} ms | match ${fmt(t.matchMs)} ms | DB ${fmt(dbMs)} ms (load ${fmt(t.loadMs)}, save ${fmt(t.saveMs)}) | ` +
      `total ${fmt(t.totalMs)} ms (CPU ${fmt(cpu)} ms) | ${Math.round(rows / (t.totalMs / 1000))} rows/s | created ${created}${extra}`,
  );
}

console.log(`LinkedIn import, ${ROWS} rows (${(text.length / 1024 / 1024).toFixed(1)} MB), PGlite in memory, ${RUNS} runs`);
const totals: number[] = [];
const cpus: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const database = await openMemoryDatabase();
  await database.migrate();
  const user = await insertUser(database.db, { email: `bench${run}@example.test`, name: 'Bench', passwordHash: 'x', timezone: 'UTC' });
  const c0 = process.cpuUsage();
  const { report, timings } = await runImport(database.db, user!.id, { format: 'linkedin', text, filename: 'Connections.csv' });
  const cpu = cpuMs(c0);
  totals.push(timings.totalMs);
  cpus.push(cpu);
  line(`run ${run}`, timings, cpu, report.totalRows, report.created, ` merged ${report.merged} unchanged ${report.unchanged} skipped ${report.skipped}`);

  if (run === RUNS) {
    const t0 = performance.now();
    const c1 = process.cpuUsage();
    const again = await runImport(database.db, user!.id, { format: 'linkedin', text, filename: 'Connections.csv' });
    line('re-import', again.timings, cpuMs(c1), again.report.totalRows, again.report.created, ` unchanged ${again.report.unchanged} (wall ${fmt(performance.now() - t0)} ms)`);
  }
  await database.close();
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(`median total ${fmt(median(totals))} ms (CPU ${fmt(median(cpus))} ms), best ${fmt(Math.min(...totals))} ms`);
