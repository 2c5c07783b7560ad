// Dev probe: prints solver stats for one instance (not part of the sweep). Stage times
// (auctionMs = warm start, exactMs = full exact stage) are CPU ms, like `cpu`.
import { solveCompiled } from '../../../src/domain/matching/core';
import { generate, SIZES, type Distribution, type SizeClass } from './generators';
const [size, dist, ratio] = process.argv.slice(2) as [SizeClass, Distribution, string];
const inst = generate({ ...SIZES[size], slotRatio: Number(ratio), distribution: dist, seed: 1 });
const c0 = process.cpuUsage();
const t0 = performance.now();
const sol = solveCompiled(inst, inst.edgeScore, { warmStart: process.argv.includes("--cold") ? false : process.argv.includes("--warm") ? true : undefined, clock: () => process.cpuUsage().user / 1000 });
console.log(size, dist, ratio, Math.round(performance.now() - t0), "ms cpu", Math.round(process.cpuUsage(c0).user / 1000), JSON.stringify(sol.stats), sol.objective);
