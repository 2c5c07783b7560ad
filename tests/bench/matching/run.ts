// Matching benchmark sweep. Each instance runs in its own process (clean peak memory).
//   node --import tsx tests/bench/matching/run.ts            # S, M (both with HiGHS and warm) and L
//   node --import tsx tests/bench/matching/run.ts --quick    # S with HiGHS, M at 1.0× slots, no L
//   ... --size M,L --dist uniform,tied --ratio 1 --highs S,M --warm M,L --seed 2
//   (--warm: also the same solve again in the same process after two solves of other seeds, see run-one.ts)
//   ... --size L --dist popular --ratio 1 --seeds 1,2,3     # several seeds: each instance's worst seed is summed up too
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const sizes = (flag('size') ?? (quick ? 'S,M' : 'S,M,L')).split(',');
const dists = (flag('dist') ?? 'uniform,popular,zipf,tied').split(',');
const ratios = (flag('ratio') ?? '0.6,1,2').split(',');
const highsSizes = new Set((flag('highs') ?? (quick ? 'S' : 'S,M')).split(','));
const warmSizes = new Set((flag('warm') ?? 'S,M').split(','));
const seeds = (flag('seeds') ?? flag('seed') ?? '1').split(',');
const script = fileURLToPath(new URL('./run-one.ts', import.meta.url));

const rows: Record<string, unknown>[] = [];
const jobs = sizes.flatMap((size) =>
  dists.flatMap((dist) => ratios.flatMap((ratio) => seeds.map((seed) => ({ size, dist, ratio, seed })))),
);
for (const { size, dist, ratio, seed } of jobs) {
  if (quick && size === 'M' && ratio !== '1') continue;
  const childArgs = ['--import', 'tsx', script, size, dist, ratio, '--seed', seed];
  if (highsSizes.has(size)) childArgs.push('--highs');
  if (warmSizes.has(size)) childArgs.push('--warm');
  const out = spawnSync(process.execPath, childArgs, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) {
    console.error(`${size} ${dist} ${ratio}: failed\n${out.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const row = JSON.parse(out.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  row.seed = Number(seed);
  rows.push(row);
  const w = row.warmMs === undefined ? '' : ` warm ${row.warmMs} ms`;
  const h = row.highsMs === undefined ? '' : `  HiGHS ${row.highsMs} ms obj ${row.highsObjective} ${row.highsEqual ? 'EQUAL' : 'DIFFERENT'}`;
  console.log(
    `${size} ${String(dist).padEnd(8)} ${ratio.padEnd(3)}${seeds.length > 1 ? ` seed ${seed}` : ''}  solve ${String(row.solveMs).padStart(5)} ms (cpu ${row.cpuMs})${w} ` +
      `(auction ${row.auctionMs}, exact ${row.exactMs}, repairs ${row.repairs})  peak ${row.peakMB} MB  ` +
      `obj ${row.objective} (${row.matched} matched)  cert ${row.certificate}  greedy ${row.greedy} (${row.greedyMatched})${h}`,
  );
}

for (const size of sizes) {
  const mine = rows.filter((r) => r.size === size);
  if (!mine.length) continue;
  const times = mine.map((r) => r.solveMs as number).sort((a, b) => a - b);
  const warmTimes = mine.filter((r) => r.warmMs !== undefined).map((r) => r.warmMs as number).sort((a, b) => a - b);
  const speedups = mine.filter((r) => r.highsMs !== undefined).map((r) => (r.highsMs as number) / (r.solveMs as number));
  console.log(
    `${size}: ${mine.length} instances, solve median ${times[times.length >> 1]} ms, max ${times[times.length - 1]} ms, ` +
      (warmTimes.length ? `warm median ${warmTimes[warmTimes.length >> 1]} ms, max ${warmTimes[warmTimes.length - 1]} ms, ` : '') +
      `peak ≤ ${Math.max(...mine.map((r) => r.peakMB as number))} MB, all certificates valid: ${mine.every((r) => r.certificate === 'valid')}` +
      (speedups.length ? `, HiGHS equal: ${mine.every((r) => r.highsEqual !== false)}, speed-up vs HiGHS min ${Math.min(...speedups).toFixed(1)}×` : ''),
  );
}

if (seeds.length > 1) {
  // Each instance at its slowest seed: a target met on seed 1 alone may be luck.
  for (const size of sizes) {
    const worst = new Map<string, number>();
    for (const r of rows.filter((x) => x.size === size)) {
      const key = `${String(r.dist)} ${String(r.ratio)}`;
      worst.set(key, Math.max(worst.get(key) ?? 0, r.solveMs as number));
    }
    if (!worst.size) continue;
    const times = [...worst.values()].sort((a, b) => a - b);
    console.log(
      `${size}, slowest of ${seeds.length} seeds per instance: median ${times[times.length >> 1]} ms, max ${times[times.length - 1]} ms (` +
        [...worst].map(([k, v]) => `${k}: ${v}`).join(', ') +
        ')',
    );
  }
}
