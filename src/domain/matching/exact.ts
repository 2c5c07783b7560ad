import { BucketQueue, MinHeap } from './heap';
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

  const dist = new Float64Array(N);
  const stamp = new Int32Array(N);
  const settled = new Int32Array(N);
  const link = new Int32Array(N);
  const linkEdge = new Int32Array(N);
  const settledList = new Int32Array(N);
  const pathNode = new Int32Array(N + 1);
  const pathEdge = new Int32Array(N + 1);
  // Search distances are small integers: a bucket queue pops in O(1).
  const heap = new BucketQueue();
  let rounds = 0;
  let nextSource = 0;
  const sources: number[] = [];
  let round = 0;
  let nSettled = 0;
  let work = 0;
  let zeroScratch: ZeroPathScratch | undefined;

  // A target reached at the key being expanded can't get closer: the round ends there
  // instead of draining every other node at that distance (tied scores make many).
  let curKey = 0;
  let hit = -1;
  const isTarget = (x: number): boolean => (x === T ? excessT < 0 : x >= n && load[x - n]! < flowOut[x - n]!);
  const relax = (to: number, nd: number, via: number, edge: number): void => {
    if (stamp[to] !== round || nd < dist[to]!) {
      stamp[to] = round;
      dist[to] = nd;
      link[to] = via;
      linkEdge[to] = edge;
      heap.push(nd, to);
      if (nd === curKey && hit < 0 && isTarget(to)) hit = to;
    }
  };
  const start = (from: readonly number[]): void => {
    heap.clear();
    nSettled = 0;
    for (const x of from) {
      stamp[x] = round;
      dist[x] = 0;
      link[x] = -1;
      heap.push(0, x);
    }
  };
  /** Drops stale entries so the heap's top key is the smallest live tentative distance. */
  const liveTop = (): number => {
    while (heap.size > 0) {
      const x = heap.topNode();
      if (settled[x] !== round && heap.topKey() <= dist[x]!) return heap.topKey();
      heap.pop();
    }
    return Infinity;
  };

  /**
   * The sink has an arc to every opted-out mentee and every mentor with flow to it, with
   * reduced cost phi(T) - phi(x). Pushing all of them each time the sink is settled would
   * cost O(n + m) per round, so they live in a persistent heap keyed by -phi(x) instead:
   * phi changes only on settled nodes, so an entry stays exact until its node is settled
   * (then it is re-pushed) and stale entries are dropped when they surface.
   */
  const sinkHeap = new MinHeap(n + m + 16);
  const moved: number[] = [];
  const sinkArc = (x: number): boolean => (x < n ? state[x] === OPTED_OUT : flowOut[x - n]! > 0);
  const rebuildSinkHeap = (): void => {
    sinkHeap.clear();
    for (let x = 0; x < T; x++) if (sinkArc(x)) sinkHeap.push(-phi[x]!, x);
  };
  // Built on first use: with no excess at the sink it is never expanded, and upkeep is wasted.
  let sinkLive = false;
  const onSinkArc = (x: number): void => {
    if (sinkLive) sinkHeap.push(-phi[x]!, x);
  };

  while (excessMentees > 0 || excessT > 0) {
    // Most rounds would end on deficits reached along zero-cost chains, or explore the same
    // zero region again: a pass over it serves many excess nodes. Passes run until the zero
    // region has no path left, so a search follows every pass and a pass every search (which
    // changed potentials and so the zero arcs).
    zeroScratch ??= new ZeroPathScratch(N, n);
    const moved = augmentZeroPaths(inst, scores, shared, excessT, onSinkArc, zeroScratch);
    excessT += moved.excessT;
    excessMentees -= moved.menteesDone;
    localRepairs += moved.paths;
    work += moved.visited;
    if (excessMentees <= 0 && excessT <= 0) break;
    rounds++;
    round = rounds;
    // All excess nodes at once: their zero regions overlap (on L tied 0.6× each of 28
    // excess mentees explored the same ~33k nodes before opting out at distance 1), and
    // after one search's potential update the zero-path pass settles the others.
    while (nextSource < n && state[nextSource] !== EXCESS) nextSource++;
    sources.length = 0;
    for (let i = nextSource; i < n && sources.length < excessMentees; i++) if (state[i] === EXCESS) sources.push(i);
    if (excessT > 0) sources.push(T);
    const target = searchRound(sources);
    work += nSettled;
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
      sinkLive = false;
    } else if (sinkHeap.size > 4 * (n + m) + 1024) sinkLive = false;
  }

  /**
   * Dijkstra from every excess node at once to the nearest deficit; returns it. The search
   * then goes on past it (up to twice the work spent so far, or until the deficits seen
   * could take every excess unit): after the potential update every deficit it settled is
   * reachable at zero reduced cost, so the zero-path pass that follows serves them all.
   */
  function searchRound(from: readonly number[]): number {
    start(from);
    moved.length = 0;
    let sinkBase = Infinity;
    let target = -1;
    let limit = Infinity;
    let unitsSeen = 0;
    const unitsWanted = excessMentees + Math.max(0, excessT);
    hit = -1;
    for (;;) {
      let x = -1;
      if (hit >= 0) {
        x = hit;
        hit = -1;
        if (settled[x] === round) continue;
      }
      // Once the sink is settled its arcs form a second queue; whichever top is nearer is
      // settled next, one node at a time, so a round that ends early touches few of them.
      const mainTop = x < 0 ? liveTop() : -Infinity;
      while (x < 0 && sinkBase < Infinity && sinkHeap.size > 0) {
        const k = sinkHeap.topKey();
        const y = sinkHeap.topNode();
        if (k !== -phi[y]! || !sinkArc(y)) {
          sinkHeap.pop();
          continue;
        }
        if (sinkBase + k > mainTop) break;
        sinkHeap.pop();
        moved.push(y);
        if (settled[y] === round) continue;
        // Nothing in the main heap is nearer, so this arc gives y its final distance.
        stamp[y] = round;
        dist[y] = sinkBase + k;
        link[y] = T;
        linkEdge[y] = -1;
        x = y;
        break;
      }
      if (x < 0) {
        if (mainTop === Infinity) break;
        x = heap.pop();
      }
      settled[x] = round;
      settledList[nSettled++] = x;
      const key = dist[x]!;
      curKey = key;
      if (isTarget(x)) {
        if (target < 0) {
          target = x;
          limit = 2 * nSettled + 1024;
        }
        unitsSeen += x === T ? -excessT : flowOut[x - n]! - load[x - n]!;
        if (unitsSeen >= unitsWanted) break;
      }
      if (target >= 0 && nSettled >= limit) break;
      const px = phi[x]!;
      if (x < n) {
        const me = mate[x]!;
        for (let e = rowStart[x]!, end = rowStart[x + 1]!; e < end; e++) {
          if (e === me) continue;
          const y = n + edgeMentor[e]!;
          if (settled[y] !== round) relax(y, key - scores[e]! + px - phi[y]!, x, e);
        }
        if (state[x] !== OPTED_OUT && settled[T] !== round) relax(T, key + px - phi[T]!, x, -1);
      } else if (x < T) {
        const j = x - n;
        for (let k = slotStart[j]!, end = k + load[j]!; k < end; k++) {
          const h = slotHolder[k]!;
          if (settled[h] !== round) relax(h, key + mateScore[h]! + px - phi[h]!, x, -1);
        }
        if (flowOut[j]! < capacity[j]! && settled[T] !== round) relax(T, key + px - phi[T]!, x, -1);
      } else {
        if (!sinkLive) rebuildSinkHeap();
        sinkLive = true;
        sinkBase = key + px;
      }
    }
    if (target < 0) throw new Error('matching exact stage: imbalance with no augmenting path (internal error)');
    // phi += d - D on settled nodes, with D the last settled distance, keeps every residual
    // rc >= 0 and makes the tree paths to every settled deficit tight.
    const D = dist[settledList[nSettled - 1]!]!;
    for (let k = 0; k < nSettled; k++) {
      const x = settledList[k]!;
      phi[x] = phi[x]! + dist[x]! - D;
    }
    // Moved entries are still exact for unsettled nodes; settled ones get their new key.
    if (!sinkLive) return target;
    for (const x of moved) if (settled[x] !== round) sinkHeap.push(-phi[x]!, x);
    for (let k = 0; k < nSettled; k++) {
      const x = settledList[k]!;
      if (x !== T) sinkHeap.push(-phi[x]!, x);
    }
    return target;
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
