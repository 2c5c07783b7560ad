import highsLoader from 'highs';
import type { CompiledInstance } from '../../../src/domain/matching/types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Highs> | undefined;

/** HiGHS (WebAssembly) is loaded once per process; it is the independent reference solver. */
export function loadHighs(): Promise<Highs> {
  loaded ??= highsLoader();
  return loaded;
}

export interface HighsResult {
  objective: number;
  status: number;
  buildMs: number;
  solveMs: number;
}

/**
 * Solves the LP relaxation (integral for bipartite b-matching) with HiGHS:
 * one column per candidate edge in [0,1], one row per mentee (≤ 1) and per mentor (≤ c_j).
 * The model is passed as CSC arrays; writing CPLEX LP text for millions of edges would
 * mostly measure string parsing.
 */
export async function solveWithHighs(inst: CompiledInstance, scores: Float64Array = inst.edgeScore): Promise<HighsResult> {
  const highs = await loadHighs();
  const t0 = performance.now();
  const { nMentees: n, nMentors: m, rowStart, edgeMentor, capacity } = inst;
  const E = edgeMentor.length;
  const starts = new Int32Array(E + 1);
  const indices = new Int32Array(2 * E);
  const values = new Float64Array(2 * E).fill(1);
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      indices[2 * e] = i;
      indices[2 * e + 1] = n + edgeMentor[e]!;
    }
  }
  for (let e = 0; e <= E; e++) starts[e] = 2 * e;
  const rowUpper = new Float64Array(n + m);
  rowUpper.fill(1, 0, n);
  for (let j = 0; j < m; j++) rowUpper[n + j] = capacity[j]!;
  const model = highs.createModel({
    numCols: E,
    numRows: n + m,
    sense: highs.constants.objectiveSense.maximize,
    colCost: scores,
    colLower: new Float64Array(E),
    colUpper: new Float64Array(E).fill(1),
    rowLower: new Float64Array(n + m).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows: n + m, numCols: E, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    const t1 = performance.now();
    model.run();
    const t2 = performance.now();
    return { objective: Math.round(model.getObjectiveValue()), status: model.getModelStatus(), buildMs: t1 - t0, solveMs: t2 - t1 };
  } finally {
    model.dispose();
  }
}

/** The same LP in CPLEX LP text, as a cross-check of the array-built model on small instances. */
export async function solveWithHighsLpText(inst: CompiledInstance, scores: Float64Array = inst.edgeScore): Promise<number> {
  const highs = await loadHighs();
  const { nMentees: n, nMentors: m, rowStart, edgeMentor, capacity } = inst;
  const obj: string[] = [];
  const menteeRows: string[][] = Array.from({ length: n }, () => []);
  const mentorRows: string[][] = Array.from({ length: m }, () => []);
  const bounds: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      obj.push(`+ ${scores[e]} x${e}`);
      menteeRows[i]!.push(`+ x${e}`);
      mentorRows[edgeMentor[e]!]!.push(`+ x${e}`);
      bounds.push(`0 <= x${e} <= 1`);
    }
  }
  const rows = [
    ...menteeRows.map((r, i) => (r.length ? ` a${i}: ${r.join(' ')} <= 1` : '')),
    ...mentorRows.map((r, j) => (r.length ? ` b${j}: ${r.join(' ')} <= ${capacity[j]}` : '')),
  ].filter(Boolean);
  if (obj.length === 0) return 0;
  const lp = `Maximize\n obj: ${obj.join(' ')}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds.join('\n')}\nEnd\n`;
  const result = highs.solve(lp, { output_flag: false });
  if (result.Status !== 'Optimal') throw new Error(`HiGHS status ${result.Status}`);
  return Math.round(result.ObjectiveValue);
}
