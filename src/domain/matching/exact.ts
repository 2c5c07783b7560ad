import { onSinkArc, SearchState, searchRound } from './exact-search';
import { augmentZeroPaths } from './zero-paths';
import { ZeroPathScratch } from './zero-path-scratch';
import { dropPrices, EXCESS, MATCHED, OPTED_OUT, removeHolder as removeHolderOf, type ExactState } from './price-drops';
import type { CompiledInstance } from './types';

/**
 * Exact stage: successive shortest paths on the min-cost-flow form of the problem.
 *
 * Network: every mentee i has supply 1 and sends it either to a mentor j (cost -s_ij)
 * or to the sink t (opt-out, cost 0); mentor j forwards up to c_j units to t.
 * Node potentials phi give reduced costs rc(a,b) = cost(a,b) + phi(a) - phi(b); the
 * LP duals are u_i = phi(i) - phi(t) and v_j = phi(t) - phi(j).
 *
 * Starting from any dual-feasible (u, v) and a matching on tight edges, the only
 * complementary-slackness violations are unmatched mentees with u_i > 0 and
 * non-full mentors with v_j > 0. Those are turned into node imbalances (the
 * standard "saturate negative arcs" step), after which every residual arc has
 * rc >= 0 and Dijkstra-based augmentation restores balance while keeping rc >= 0.
 * When balance is restored the flow is optimal, and phi is an exact certificate.
 */
export interface ExactInput {
  /** Warm-start matching: edge per mentee or -1 (may be empty). */
  mateEdge: Int32Array;
  /** Warm-start mentor duals (non-negative integers). */
  v: Float64Array;
}

export interface ExactOutput {
  mateEdge: Int32Array;
  u: Float64Array;
  v: Float64Array;
  repairs: number;
  rounds: number;
  /** Imbalances settled without a search: by local price drops or along zero-cost paths. */
  localRepairs: number;
  /** Nodes settled by searches plus nodes visited by zero-path passes: work, independent of machine load. */
  work: number;
}

export function solveExact(inst: CompiledInstance, scores: Float64Array, warm: ExactInput): ExactOutput {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const T = n + m;
  const N = T + 1;
  const phi = new Float64Array(N);
  const state = new Uint8Array(n);
  const mate = new Int32Array(n).fill(-1);
  const mateScore = new Float64Array(n);
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const slotHolder = new Int32Array(slotStart[m]!).fill(-1);
  const load = new Int32Array(m);
  const flowOut = new Int32Array(m);
  let repairs = 0;

  // Dual-feasible start: u_i = max(0, max_j s_ij - v_j) for the given v.
  for (let j = 0; j < m; j++) phi[n + j] = -Math.max(0, warm.v[j] ?? 0);
  for (let i = 0; i < n; i++) {
    let u = 0;
    for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) {
      const val = scores[e]! + phi[n + edgeMentor[e]!]!;
      if (val > u) u = val;
    }
    phi[i] = u;
    const e0 = warm.mateEdge[i] ?? -1;
    if (e0 >= 0 && scores[e0]! + phi[n + edgeMentor[e0]!]! === u) {
      const j = edgeMentor[e0]!;
      if (load[j]! < capacity[j]!) {
        mate[i] = e0;
        mateScore[i] = scores[e0]!;
        slotHolder[slotStart[j]! + load[j]!] = i;
        load[j]!++;
        state[i] = MATCHED;
        continue;
      }
    }
    if (u > 0) {
      state[i] = EXCESS;
      repairs++;
    } else state[i] = OPTED_OUT;
  }
  let excessT = 0;
  let excessMentees = 0;
  for (let i = 0; i < n; i++) if (state[i] === EXCESS) excessMentees++;
  for (let j = 0; j < m; j++) {
    if (phi[n + j]! < 0 && load[j]! < capacity[j]!) {
      flowOut[j] = capacity[j]!;
      excessT += capacity[j]! - load[j]!;
      repairs++;
    } else flowOut[j] = load[j]!;
  }
  excessT -= excessMentees;
  const shared: ExactState = { n, T, phi, state, mate, mateScore, slotStart, slotHolder, load, flowOut };
  // Under-filled priced mentors are repaired over their own column first; a search from
  // the sink would settle every node nearer than the mentor's price.
  const dropped = dropPrices(inst, scores, shared);
  excessT += dropped.excessT;
  excessMentees -= dropped.menteesMatched;
  let localRepairs = dropped.resolved;

  const search = new SearchState(inst, scores, shared);
  const { link, linkEdge } = search;
  const pathNode = new Int32Array(N + 1);
  const pathEdge = new Int32Array(N + 1);
  let rounds = 0;
  let nextSource = 0;
  const sources: number[] = [];
  let work = 0;
  let zeroScratch: ZeroPathScratch | undefined;
  const sinkArcAdded = (x: number): void => onSinkArc(search, x);

  while (excessMentees > 0 || excessT > 0) {
    // Most rounds would end on deficits reached along zero-cost chains, or explore the same
    // zero region again: a pass over it serves many excess nodes. Passes run until the zero
    // region has no path left, so a search follows every pass and a pass every search (which
    // changed potentials and so the zero arcs).
    zeroScratch ??= new ZeroPathScratch(N, n);
    const moved = augmentZeroPaths(inst, scores, shared, excessT, sinkArcAdded, zeroScratch);
    excessT += moved.excessT;
    excessMentees -= moved.menteesDone;
    localRepairs += moved.paths;
    work += moved.visited;
    if (excessMentees <= 0 && excessT <= 0) break;
    rounds++;
    search.round = rounds;
    search.excessT = excessT;
    // All excess nodes at once: their zero regions overlap (on L tied 0.6× each of 28
    // excess mentees explored the same ~33k nodes before opting out at distance 1), and
    // after one search's potential update the zero-path pass settles the others.
    while (nextSource < n && state[nextSource] !== EXCESS) nextSource++;
    sources.length = 0;
    for (let i = nextSource; i < n && sources.length < excessMentees; i++) if (state[i] === EXCESS) sources.push(i);
    if (excessT > 0) sources.push(T);
    const target = searchRound(search, sources, excessMentees + Math.max(0, excessT));
    work += search.nSettled;
    let len = 0;
    for (let y = target; y >= 0; y = link[y]!) len++;
    let k = len;
    for (let y = target; y >= 0; y = link[y]!) {
      pathNode[--k] = y;
      if (k > 0) pathEdge[k - 1] = linkEdge[y]!;
    }
    // Arcs are applied from the path's end so a mentor loses a holder before it gains one.
    for (let q = len - 1; q >= 1; q--) applyArc(pathNode[q - 1]!, pathNode[q]!, pathEdge[q - 1]!);
    if (pathNode[0] === T) excessT--;
    else excessMentees--;
    if (target === T) excessT++;
    zeroScratch.tightStale = true;
    // Potentials only matter up to a constant; re-anchoring keeps magnitudes small and exact.
    if (Math.abs(phi[T]!) > 2 ** 40) {
      const shift = phi[T]!;
      for (let x = 0; x < N; x++) phi[x] = phi[x]! - shift;
      search.sinkLive = false;
    } else if (search.sinkHeap.size > 4 * (n + m) + 1024) search.sinkLive = false;
  }

  /** Pushes one unit along residual arc a → b (edge = candidate edge for mentee → mentor arcs). */
  function applyArc(a: number, b: number, edge: number): void {
    if (a < n) {
      if (b === T) {
        state[a] = OPTED_OUT;
        mate[a] = -1;
        mateScore[a] = 0;
      } else {
        const j = b - n;
        slotHolder[slotStart[j]! + load[j]!] = a;
        load[j]!++;
        mate[a] = edge;
        mateScore[a] = scores[edge]!;
        state[a] = MATCHED;
      }
    } else if (a < T) {
      const j = a - n;
      if (b === T) flowOut[j]!++;
      else removeHolder(j, b);
    } else if (b >= n) flowOut[b - n]!--;
    // Sink -> mentee: the mentee's new state is set by its outgoing arc.
  }

  function removeHolder(j: number, h: number): void {
    removeHolderOf(shared, j, h);
  }

  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const pt = phi[T]!;
  for (let i = 0; i < n; i++) u[i] = Math.max(0, phi[i]! - pt);
  for (let j = 0; j < m; j++) v[j] = Math.max(0, pt - phi[n + j]!);
  return { mateEdge: mate, u, v, repairs, rounds, localRepairs, work };
}
