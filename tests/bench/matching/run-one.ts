// One benchmark instance per process, so peak RSS belongs to that instance alone.
// Usage: node --import tsx tests/bench/matching/run-one.ts <S|M|L> <distribution> <slotRatio> [--highs] [--warm] [--seed N]
// --warm: after the timed cold solve, two solves of other seeds, then the same instance again
// (warmMs): a long-lived server re-running a program's matching after a change runs compiled code,
// while a fresh process (the CLI, the cold figure) spends its first iterations in V8's interpreter.
import { solveCompiled } from '../../../src/domain/matching/core';
import { assignmentValue, greedyAssign, matchedCount } from '../../../src/domain/matching/greedy';
import { generate, SIZES, type Distribution, type SizeClass } from './generators';
import { solveWithHighs } from './highs-reference';

const [size, dist, ratio] = process.argv.slice(2) as [SizeClass, Distribution, string];
const withHighs = process.argv.includes('--highs');
const warm = process.argv.includes('--warm');
const seedArg = process.argv.indexOf('--seed');
const seed = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 1;

const inst = generate({ ...SIZES[size], slotRatio: Number(ratio), distribution: dist, seed });
const rssBefore = process.memoryUsage().rss;
const c0 = process.cpuUsage();
const t0 = performance.now();
const sol = solveCompiled(inst);
const solveMs = performance.now() - t0;
const solveCpuMs = process.cpuUsage(c0).user / 1000;
const peakAfterSolveMB = process.resourceUsage().maxRSS / 1024;
const greedy = greedyAssign(inst);
const row: Record<string, unknown> = {
  size,
  dist,
  ratio: Number(ratio),
  edges: inst.edgeMentor.length,
  solveMs: Math.round(solveMs),
  cpuMs: Math.round(solveCpuMs),
  auctionMs: Math.round(sol.stats.auctionMs),
  exactMs: Math.round(sol.stats.exactMs),
  repairs: sol.stats.repairs,
  peakMB: Math.round(peakAfterSolveMB),
  instanceMB: Math.round(rssBefore / 2 ** 20),
  objective: sol.objective,
  matched: matchedCount(sol.mateEdge),
  certificate: sol.check.valid ? 'valid' : 'INVALID',
  greedy: assignmentValue(inst, greedy),
  greedyMatched: matchedCount(greedy),
};
if (warm) {
  for (const other of [seed + 1000, seed + 1001]) {
    solveCompiled(generate({ ...SIZES[size], slotRatio: Number(ratio), distribution: dist, seed: other }));
  }
  const t1 = performance.now();
  const again = solveCompiled(inst);
  row.warmMs = Math.round(performance.now() - t1);
  if (again.objective !== sol.objective) throw new Error(`warm solve gave ${again.objective}, cold ${sol.objective}`);
}
if (withHighs) {
  const h = await solveWithHighs(inst);
  row.highsMs = Math.round(h.buildMs + h.solveMs);
  row.highsObjective = h.objective;
  row.highsEqual = h.objective === sol.objective;
}
console.log(JSON.stringify(row));
