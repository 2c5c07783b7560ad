import { MinHeap } from './heap';
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
}

const MATCHED = 0;
const OPTED_OUT = 1;
const EXCESS = 2;

export function solveExact(inst: CompiledInstance, scores: Float64Array, warm: ExactInput): ExactOutput {
  const { nMentees: n, nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const T = n + m;
  const N = T + 1;
  const phi = new Float64Array(N);
  const state = new Uint8Array(n);
  const mate = new Int32Array(n).fill(-1);
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

  const dist = new Float64Array(N);
  const stamp = new Int32Array(N);
  const settled = new Int32Array(N);
  const parent = new Int32Array(N);
  const parentEdge = new Int32Array(N);
  const settledList = new Int32Array(N);
  const heap = new MinHeap(4096);
  let rounds = 0;
  let nextSource = 0;

  while (excessMentees > 0 || excessT > 0) {
    rounds++;
    const round = rounds;
    heap.clear();
    // One source per round: Dijkstra then stops at the nearest deficit, exploring only
    // locally, whereas all sources at once would flood the graph every round.
    while (nextSource < n && state[nextSource] !== EXCESS) nextSource++;
    if (nextSource < n) {
      stamp[nextSource] = round;
      dist[nextSource] = 0;
      parent[nextSource] = -1;
      heap.push(0, nextSource);
    } else if (excessT > 0) {
      stamp[T] = round;
      dist[T] = 0;
      parent[T] = -1;
      heap.push(0, T);
    }
    let nSettled = 0;
    let target = -1;
    let D = 0;
    const relax = (from: number, to: number, nd: number, edge: number): void => {
      if (stamp[to] !== round || nd < dist[to]!) {
        stamp[to] = round;
        dist[to] = nd;
        parent[to] = from;
        parentEdge[to] = edge;
        heap.push(nd, to);
      }
    };
    while (heap.size > 0) {
      const key = heap.topKey();
      const x = heap.pop();
      if (settled[x] === round || key > dist[x]!) continue;
      settled[x] = round;
      settledList[nSettled++] = x;
      if (x === T ? excessT < 0 : x >= n && load[x - n]! < flowOut[x - n]!) {
        target = x;
        D = key;
        break;
      }
      const px = phi[x]!;
      if (x < n) {
        const me = mate[x]!;
        for (let e = rowStart[x]!, end = rowStart[x + 1]!; e < end; e++) {
          if (e === me) continue;
          const y = n + edgeMentor[e]!;
          if (settled[y] === round) continue;
          relax(x, y, key - scores[e]! + px - phi[y]!, e);
        }
        if (state[x] !== OPTED_OUT && settled[T] !== round) relax(x, T, key + px - phi[T]!, -1);
      } else if (x < T) {
        const j = x - n;
        for (let k = slotStart[j]!, end = k + load[j]!; k < end; k++) {
          const h = slotHolder[k]!;
          if (settled[h] === round) continue;
          relax(x, h, key + scores[mate[h]!]! + px - phi[h]!, -1);
        }
        if (flowOut[j]! < capacity[j]! && settled[T] !== round) relax(x, T, key + px - phi[T]!, -1);
      } else {
        for (let i = 0; i < n; i++) {
          if (state[i] === OPTED_OUT && settled[i] !== round) relax(T, i, key + px - phi[i]!, -1);
        }
        for (let j = 0; j < m; j++) {
          const y = n + j;
          if (flowOut[j]! > 0 && settled[y] !== round) relax(T, y, key + px - phi[y]!, -1);
        }
      }
    }
    if (target < 0) throw new Error('matching exact stage: imbalance with no augmenting path (internal error)');

    // phi += d - D on settled nodes keeps every residual rc >= 0 and makes the path tight.
    for (let k = 0; k < nSettled; k++) {
      const x = settledList[k]!;
      phi[x] = phi[x]! + dist[x]! - D;
    }
    augment(target);
    // Potentials only matter up to a constant; re-anchoring keeps magnitudes small and exact.
    if (Math.abs(phi[T]!) > 2 ** 40) {
      const shift = phi[T]!;
      for (let x = 0; x < N; x++) phi[x] = phi[x]! - shift;
    }
  }

  // Walks the path backwards so a mentee leaves its old mentor before the mentor takes someone new.
  function augment(target: number): void {
    if (target === T) excessT++;
    let y = target;
    for (;;) {
      const x = parent[y]!;
      if (x < 0) break;
      if (x < n) {
        if (y === T) {
          state[x] = OPTED_OUT;
          mate[x] = -1;
        } else {
          const j = y - n;
          slotHolder[slotStart[j]! + load[j]!] = x;
          load[j]!++;
          mate[x] = parentEdge[y]!;
          state[x] = MATCHED;
        }
      } else if (x < T) {
        const j = x - n;
        if (y === T) flowOut[j]!++;
        else removeHolder(j, y);
      } else if (y >= n) flowOut[y - n]!--;
      // T -> mentee: the mentee's new state is set by its outgoing arc.
      y = x;
    }
    if (y === T) excessT--;
    else excessMentees--;
  }

  function removeHolder(j: number, h: number): void {
    const start = slotStart[j]!;
    const last = start + load[j]! - 1;
    for (let k = start; k <= last; k++) {
      if (slotHolder[k] === h) {
        slotHolder[k] = slotHolder[last]!;
        slotHolder[last] = -1;
        load[j]!--;
        return;
      }
    }
    throw new Error('matching exact stage: holder missing (internal error)');
  }

  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const pt = phi[T]!;
  for (let i = 0; i < n; i++) u[i] = Math.max(0, phi[i]! - pt);
  for (let j = 0; j < m; j++) v[j] = Math.max(0, pt - phi[n + j]!);
  return { mateEdge: mate, u, v, repairs, rounds };
}
