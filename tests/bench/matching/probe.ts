// Dev probe: prints solver stats for one instance (not part of the sweep). Stage times
// (auctionMs = warm start, exactMs = full exact stage) are CPU ms, like `cpu`.
//   node --import tsx tests/bench/matching/probe.ts <S|M|L> <distribution> <slotRatio> [--cold | --warm] [--seed N] [--again K]
// --cold skips the auction, --warm forces it (default: the solver's own choice). --again K
// solves K more times in the same process, as a long-running server would, once V8 has compiled
// the solver: on M, a solve after three others took 19–57 % of a first solve's time (2 December).
import { solveCompiled } from '../../../src/domain/matching/core';
import { generate, SIZES, type Distribution, type SizeClass } from './generators';

const [size, dist, ratio] = process.argv.slice(2) as [SizeClass, Distribution, string];
const option = (name: string): number | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const warmStart = process.argv.includes('--cold') ? false : process.argv.includes('--warm') ? true : undefined;
const inst = generate({ ...SIZES[size], slotRatio: Number(ratio), distribution: dist, seed: option('seed') ?? 1 });
for (let run = 0; run <= (option('again') ?? 0); run++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sol = solveCompiled(inst, inst.edgeScore, { warmStart, clock: () => process.cpuUsage().user / 1000 });
  const wall = Math.round(performance.now() - t0);
  console.log(size, dist, ratio, run > 0 ? `(again ${run})` : '', wall, 'ms cpu', Math.round(process.cpuUsage(c0).user / 1000), JSON.stringify(sol.stats), sol.objective);
}
