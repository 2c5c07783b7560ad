import { EXCESS, MATCHED, OPTED_OUT, removeHolder, type ExactState } from './price-drops';
import type { CompiledInstance } from './types';

export interface ZeroPathResult {
  /** Change in the sink's excess. */
  excessT: number;
  /** Excess mentees that were matched or opted out. */
  menteesDone: number;
  /** Paths pushed. */
  paths: number;
}

/**
 * Pushes flow along many zero-reduced-cost paths at once, from every excess node (excess
 * mentees, and the sink when it has excess) to every deficit (under-filled mentors, and
 * the sink when it is short).
 *
 * The search stage finds one shortest path per round. On tight instances most rounds end
 * at distance 0 after long chains of tight pairs (57 arcs on average on L uniform 1.0×),
 * or at distance 1 after exploring the whole zero region around the source (L tied 0.6×:
 * 33k nodes per round), and every round explores the same region again. Here, phases in
 * the manner of Dinic: a breadth-first pass over the zero region gives each node its hop
 * level, then depth-first searches along level-increasing arcs (a DAG, so dead ends are
 * pruned for good) find node-disjoint paths to many deficits for the price of one
 * exploration. Pushing flow along zero-cost paths keeps every residual reduced cost
 * non-negative, so the search stage continues from the result unchanged.
 *
 * `onSinkArc` hears of every node that gained an arc from the sink (a mentee that opted
 * out, a mentor that now sends the sink flow).
 */
export function augmentZeroPaths(
  inst: CompiledInstance,
  scores: Float64Array,
  s: ExactState,
  excessT: number,
  onSinkArc: (x: number) => void,
): ZeroPathResult {
  const { nMentors: m, capacity, rowStart, edgeMentor } = inst;
  const { n, T, phi, state, mate, slotStart, slotHolder, load, flowOut } = s;
  const N = n + m;
  const level = new Int32Array(N);
  const cursor = new Int32Array(N);
  const queue = new Int32Array(N);
  const stackNode = new Int32Array(N + 1);
  const stackEdge = new Int32Array(N + 1); // the candidate edge used to enter a mentor
  const DEAD = -2;
  const result: ZeroPathResult = { excessT: 0, menteesDone: 0, paths: 0 };
  const sinkUnits = (): number => excessT + result.excessT;

  // Sources at level 0: excess mentees, and the sink's zero arcs (opted-out mentees and
  // mentors that send it flow, at the sink's own potential) while the sink has excess.
  const viaSink = (x: number): boolean =>
    sinkUnits() > 0 && (x < n ? state[x] === OPTED_OUT : flowOut[x - n]! > 0) && phi[x] === phi[T];
  const isSource = (x: number): boolean => (x < n && state[x] === EXCESS) || viaSink(x);
  // Deficits: a mentor below its flow to the sink, or a zero arc into a short sink.
  const endsAtMentor = (x: number): boolean => x >= n && load[x - n]! < flowOut[x - n]!;
  const endsAtSink = (x: number): boolean =>
    sinkUnits() < 0 && phi[x] === phi[T] && (x < n ? state[x] === MATCHED : flowOut[x - n]! < capacity[x - n]!);
  const tightPair = (i: number, e: number): boolean => scores[e]! === phi[i]! - phi[n + edgeMentor[e]!]!;
  const heldTight = (x: number, h: number): boolean => scores[mate[h]!]! + phi[x]! === phi[h]!;

  for (;;) {
    level.fill(-1);
    let qLen = 0;
    for (let x = 0; x < N; x++) {
      if (isSource(x)) {
        level[x] = 0;
        queue[qLen++] = x;
      }
    }
    if (qLen === 0) return result;
    let reachable = false;
    for (let q = 0; q < qLen; q++) {
      const x = queue[q]!;
      const lx = level[x]!;
      if (lx > 0 && (endsAtMentor(x) || endsAtSink(x))) {
        reachable = true;
        if (endsAtMentor(x)) continue;
      }
      if (x < n) {
        const me = mate[x]!;
        for (let e = rowStart[x]!, end = rowStart[x + 1]!; e < end; e++) {
          const y = n + edgeMentor[e]!;
          if (level[y]! < 0 && e !== me && tightPair(x, e)) {
            level[y] = lx + 1;
            queue[qLen++] = y;
          }
        }
      } else {
        const j = x - n;
        for (let k = slotStart[j]!, end = k + load[j]!; k < end; k++) {
          const h = slotHolder[k]!;
          if (level[h]! < 0 && heldTight(x, h)) {
            level[h] = lx + 1;
            queue[qLen++] = h;
          }
        }
      }
    }
    if (!reachable) return result;

    for (let x = 0; x < N; x++) cursor[x] = x < n ? rowStart[x]! : slotStart[x - n]!;
    let found = 0;
    for (let r = 0; r < N; r++) {
      while (level[r] === 0 && isSource(r) && descend(r)) found++;
    }
    if (found === 0) return result;
  }

  /** Depth-first along level-increasing zero arcs from source r; augments and returns true at a deficit. */
  function descend(r: number): boolean {
    let top = 0;
    const fromExcess = r < n && state[r] === EXCESS;
    stackNode[0] = r;
    stackEdge[0] = -1;
    while (top >= 0) {
      const x = stackNode[top]!;
      const lx = level[x]!;
      if (top > 0 && endsAtMentor(x)) {
        apply(top, false, fromExcess);
        return true;
      }
      if (top > 0 && endsAtSink(x)) {
        apply(top, true, fromExcess);
        return true;
      }
      let next = -1;
      let via = -1;
      if (x < n) {
        const me = mate[x]!;
        for (let e = cursor[x]!, end = rowStart[x + 1]!; e < end; e++) {
          const y = n + edgeMentor[e]!;
          cursor[x] = e + 1;
          if (level[y] === lx + 1 && e !== me && tightPair(x, e)) {
            next = y;
            via = e;
            break;
          }
        }
      } else {
        const j = x - n;
        for (let k = cursor[x]!, end = slotStart[j]! + load[j]!; k < end; k++) {
          const h = slotHolder[k]!;
          cursor[x] = k + 1;
          if (level[h] === lx + 1 && heldTight(x, h)) {
            next = h;
            break;
          }
        }
      }
      if (next < 0) {
        level[x] = DEAD;
        top--;
        continue;
      }
      top++;
      stackNode[top] = next;
      stackEdge[top] = via;
    }
    return false;
  }

  /** Pushes one unit along stack[0] → … → stack[top] (and on into the sink when `toSink`), from the end. */
  function apply(top: number, toSink: boolean, fromExcess: boolean): void {
    const last = stackNode[top]!;
    result.paths++;
    if (toSink) {
      if (last < n) {
        state[last] = OPTED_OUT; // its mentor loses it in the arc before
        mate[last] = -1;
      } else flowOut[last - n]!++;
      onSinkArc(last);
      result.excessT++;
    }
    for (let q = top; q >= 1; q--) {
      const a = stackNode[q - 1]!;
      const b = stackNode[q]!;
      if (a < n) {
        const j = b - n;
        slotHolder[slotStart[j]! + load[j]!] = a;
        load[j]!++;
        mate[a] = stackEdge[q]!;
        state[a] = MATCHED;
        if (load[j]! > capacity[j]!) throw new Error('matching exact stage: over-full mentor (internal error)');
      } else removeHolder(s, a - n, b);
    }
    const root = stackNode[0]!;
    if (root < n) {
      // An excess mentee leaves its excess; an opted-out one was reached from the sink.
      if (fromExcess) result.menteesDone++;
      else result.excessT--;
    } else {
      flowOut[root - n]!--; // the mentor now sends the sink one unit less
      result.excessT--;
    }
  }
}
