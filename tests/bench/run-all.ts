// Every benchmark under tests/bench/, one after another, each in its own process (clean memory
// figures, no JIT state shared between them); each prints its own numbers.
//   npm run bench                      # all of them, the matching sweep in its --quick form
//   npm run bench -- --full            # the whole matching sweep (S, M and L: several minutes)
//   npm run bench -- digest today      # only the benchmarks whose path contains one of these words
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => !a.startsWith('--'));

const BENCHMARKS: { path: string; args?: string[] }[] = [
  { path: 'digest.ts' },
  { path: 'door-list.ts' },
  { path: 'my-mentees.ts' },
  { path: 'network-import.ts' },
  { path: 'network-search.ts' },
  { path: 'today.ts' },
  { path: 'programs/health-and-publish.ts' },
  { path: 'programs/self-service-list.ts' },
  { path: 'matching/run.ts', args: full ? [] : ['--quick'] },
];

const chosen = only.length ? BENCHMARKS.filter((b) => only.some((w) => b.path.includes(w))) : BENCHMARKS;
if (chosen.length === 0) {
  console.error(`no benchmark matches ${only.join(', ')}; there are: ${BENCHMARKS.map((b) => b.path).join(', ')}`);
  process.exit(2);
}
const failed: string[] = [];
for (const b of chosen) {
  const script = fileURLToPath(new URL(`./${b.path}`, import.meta.url));
  console.log(`\n== ${b.path}${b.args?.length ? ` ${b.args.join(' ')}` : ''}`);
  const t0 = performance.now();
  const out = spawnSync(process.execPath, ['--import', 'tsx', script, ...(b.args ?? [])], { stdio: 'inherit' });
  console.log(`== ${b.path}: ${out.status === 0 ? 'done' : `FAILED (exit ${out.status ?? out.signal})`} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (out.status !== 0) failed.push(b.path);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
