import { BucketQueue, MinHeap } from './heap';
import { OPTED_OUT, type ExactState } from './price-drops';
import type { CompiledInstance } from './types';

/**
 * The exact stage's shortest-path searches (see `searchRound`), as module-level functions
 * over one state object. Each settled node's arcs are relaxed by a small function of its
 * own (`expandMentee`, `expandMentor`): called once per settled node, V8 compiles it as a
 * whole function after a few hundred calls. Written inside one long search closure, the
 * same loops waited for on-stack replacement of the whole search (40–60 ms of compilation
 * each on these machines) and ran interpreted, boxing every distance, until it arrived,
 * and again after each deopt; on M instances that was most of the exact stage's time.
 */
export class SearchState {
  readonly n: number;
  readonly T: number;
  readonly rowStart: Int32Array;
  readonly edgeMentor: Int32Array;
  readonly capacity: Int32Array;
  readonly scores: Float64Array;
  readonly phi: Float64Array;
  readonly state: Uint8Array;
  readonly mate: Int32Array;
  readonly mateScore: Float64Array;
  readonly slotStart: Int32Array;
  readonly slotHolder: Int32Array;
  readonly load: Int32Array;
  readonly flowOut: Int32Array;
  readonly dist: Float64Array;
  readonly stamp: Int32Array;
  readonly settled: Int32Array;
  readonly link: Int32Array;
  readonly linkEdge: Int32Array;
  readonly settledList: Int32Array;
  // Search distances are small integers: a bucket queue pops in O(1).
  readonly heap = new BucketQueue();
  /**
   * The sink has an arc to every opted-out mentee and every mentor with flow to it, with
   * reduced cost phi(T) - phi(x). Pushing all of them each time the sink is settled would
   * cost O(n + m) per round, so they live in a persistent heap keyed by -phi(x) instead:
   * phi changes only on settled nodes, so an entry stays exact until its node is settled
   * (then it is re-pushed) and stale entries are dropped when they surface.
   */
  readonly sinkHeap: MinHeap;
  /** Built on first use: with no excess at the sink it is never expanded, and upkeep is wasted. */
  sinkLive = false;
  readonly moved: number[] = [];
  round = 0;
  nSettled = 0;
  /** The sink's excess (negative: a deficit), set by the caller before each search. */
  excessT = 0;
  /** A target reached at the key being expanded (-1: none); it can't get any closer. */
  hit = -1;

  constructor(inst: CompiledInstance, scores: Float64Array, ex: ExactState) {
    const N = ex.T + 1;
    this.n = ex.n;
    this.T = ex.T;
    this.rowStart = inst.rowStart;
    this.edgeMentor = inst.edgeMentor;
    this.capacity = inst.capacity;
    this.scores = scores;
    this.phi = ex.phi;
    this.state = ex.state;
    this.mate = ex.mate;
    this.mateScore = ex.mateScore;
    this.slotStart = ex.slotStart;
    this.slotHolder = ex.slotHolder;
    this.load = ex.load;
    this.flowOut = ex.flowOut;
    this.dist = new Float64Array(N);
    this.stamp = new Int32Array(N);
    this.settled = new Int32Array(N);
    this.link = new Int32Array(N);
    this.linkEdge = new Int32Array(N);
    this.settledList = new Int32Array(N);
    this.sinkHeap = new MinHeap(N + 16);
  }
}

/** Records a shorter tentative distance to y through x (edge: x's candidate edge, or -1). */
function relax(s: SearchState, y: number, nd: number, x: number, edge: number): boolean {
  if (s.stamp[y] === s.round && nd >= s.dist[y]!) return false;
  s.stamp[y] = s.round;
  s.dist[y] = nd;
  s.link[y] = x;
  s.linkEdge[y] = edge;
  s.heap.push(nd, y);
  return true;
}

/** Relaxes settled mentee x's arcs: to every candidate mentor but its own, and to the sink. */
function expandMentee(s: SearchState, x: number, key: number): void {
  const { n, T, round, settled, phi, scores, edgeMentor, load, flowOut } = s;
  const px = phi[x]!;
  const me = s.mate[x]!;
  for (let e = s.rowStart[x]!, end = s.rowStart[x + 1]!; e < end; e++) {
    if (e === me) continue;
    const y = n + edgeMentor[e]!;
    if (settled[y] === round) continue;
    const nd = key - scores[e]! + px - phi[y]!;
    if (relax(s, y, nd, x, e) && nd === key && s.hit < 0 && load[y - n]! < flowOut[y - n]!) s.hit = y;
  }
  if (s.state[x] !== OPTED_OUT && settled[T] !== round) relaxSink(s, x, key, px);
}

/** Relaxes settled mentor x's arcs: back to each mentee it holds, and on to the sink. */
function expandMentor(s: SearchState, x: number, key: number): void {
  const { n, T, round, settled, phi, slotHolder, mateScore } = s;
  const j = x - n;
  const px = phi[x]!;
  for (let k = s.slotStart[j]!, end = k + s.load[j]!; k < end; k++) {
    const h = slotHolder[k]!;
    if (settled[h] !== round) relax(s, h, key + mateScore[h]! + px - phi[h]!, x, -1);
  }
  if (s.flowOut[j]! < s.capacity[j]! && settled[T] !== round) relaxSink(s, x, key, px);
}

/** The arc from settled x (potential px, distance key) into the sink. */
function relaxSink(s: SearchState, x: number, key: number, px: number): void {
  const nd = key + px - s.phi[s.T]!;
  if (relax(s, s.T, nd, x, -1) && nd === key && s.hit < 0 && s.excessT < 0) s.hit = s.T;
}

function isTarget(s: SearchState, x: number): boolean {
  return x === s.T ? s.excessT < 0 : x >= s.n && s.load[x - s.n]! < s.flowOut[x - s.n]!;
}

function sinkArc(s: SearchState, x: number): boolean {
  return x < s.n ? s.state[x] === OPTED_OUT : s.flowOut[x - s.n]! > 0;
}

/** Heap entry for the sink's arc to x, when the sink heap is kept. */
export function onSinkArc(s: SearchState, x: number): void {
  if (s.sinkLive) s.sinkHeap.push(-s.phi[x]!, x);
}

function rebuildSinkHeap(s: SearchState): void {
  const { sinkHeap, phi, T } = s;
  sinkHeap.clear();
  for (let x = 0; x < T; x++) if (sinkArc(s, x)) sinkHeap.push(-phi[x]!, x);
  s.sinkLive = true;
}

/** Drops stale entries so the heap's top key is the smallest live tentative distance. */
function liveTop(s: SearchState): number {
  const { heap, settled, dist, round } = s;
  while (heap.size > 0) {
    const x = heap.topNode();
    if (settled[x] !== round && heap.topKey() <= dist[x]!) return heap.topKey();
    heap.pop();
  }
  return Infinity;
}

/**
 * The nearest node reachable through the sink's arcs, if it is no farther than mainTop:
 * it is then given its final distance and returned; otherwise -1.
 */
function fromSink(s: SearchState, sinkBase: number, mainTop: number): number {
  const { sinkHeap, phi, settled, round } = s;
  while (sinkHeap.size > 0) {
    const k = sinkHeap.topKey();
    const y = sinkHeap.topNode();
    if (k !== -phi[y]! || !sinkArc(s, y)) {
      sinkHeap.pop();
      continue;
    }
    if (sinkBase + k > mainTop) return -1;
    sinkHeap.pop();
    s.moved.push(y);
    if (settled[y] === round) continue;
    // Nothing in the main heap is nearer, so this arc gives y its final distance.
    s.stamp[y] = round;
    s.dist[y] = sinkBase + k;
    s.link[y] = s.T;
    s.linkEdge[y] = -1;
    return y;
  }
  return -1;
}

function start(s: SearchState, from: readonly number[]): void {
  s.heap.clear();
  s.nSettled = 0;
  s.moved.length = 0;
  s.hit = -1;
  for (const x of from) {
    s.stamp[x] = s.round;
    s.dist[x] = 0;
    s.link[x] = -1;
    s.heap.push(0, x);
  }
}

/**
 * Dijkstra from every excess node at once to the nearest deficit; returns it. The search
 * then goes on past it (up to twice the work spent so far, or until the deficits seen
 * could take every excess unit): after the potential update every deficit it settled is
 * reachable at zero reduced cost, so the zero-path pass that follows serves them all.
 * `s.round` must be new and `s.excessT` current; `unitsWanted` is the excess to place.
 */
export function searchRound(s: SearchState, from: readonly number[], unitsWanted: number): number {
  start(s, from);
  const { n, T, settled, settledList, dist, heap } = s;
  const round = s.round;
  let sinkBase = Infinity;
  let target = -1;
  let limit = Infinity;
  let unitsSeen = 0;
  for (;;) {
    let x = -1;
    if (s.hit >= 0) {
      x = s.hit;
      s.hit = -1;
      if (settled[x] === round) continue;
    }
    // Once the sink is settled its arcs form a second queue; whichever top is nearer is
    // settled next, one node at a time, so a round that ends early touches few of them.
    if (x < 0) {
      const mainTop = liveTop(s);
      if (sinkBase < Infinity) x = fromSink(s, sinkBase, mainTop);
      if (x < 0) {
        if (mainTop === Infinity) break;
        x = heap.pop();
      }
    }
    settled[x] = round;
    settledList[s.nSettled++] = x;
    const key = dist[x]!;
    if (isTarget(s, x)) {
      if (target < 0) {
        target = x;
        limit = 2 * s.nSettled + 1024;
      }
      unitsSeen += x === T ? -s.excessT : s.flowOut[x - n]! - s.load[x - n]!;
      if (unitsSeen >= unitsWanted) break;
    }
    if (target >= 0 && s.nSettled >= limit) break;
    if (x < n) expandMentee(s, x, key);
    else if (x < T) expandMentor(s, x, key);
    else {
      if (!s.sinkLive) rebuildSinkHeap(s);
      sinkBase = key + s.phi[x]!;
    }
  }
  if (target < 0) throw new Error('matching exact stage: imbalance with no augmenting path (internal error)');
  updatePotentials(s);
  return target;
}

/**
 * phi += d - D on settled nodes, with D the last settled distance, keeps every residual
 * rc >= 0 and makes the tree paths to every settled deficit tight. Sink-heap entries taken
 * during the search are still exact for unsettled nodes; settled ones get their new key.
 */
function updatePotentials(s: SearchState): void {
  const { phi, dist, settledList, settled, round, sinkHeap, T } = s;
  const nSettled = s.nSettled;
  const D = dist[settledList[nSettled - 1]!]!;
  for (let k = 0; k < nSettled; k++) {
    const x = settledList[k]!;
    phi[x] = phi[x]! + dist[x]! - D;
  }
  if (!s.sinkLive) return;
  for (const x of s.moved) if (settled[x] !== round) sinkHeap.push(-phi[x]!, x);
  for (let k = 0; k < nSettled; k++) {
    const x = settledList[k]!;
    if (x !== T) sinkHeap.push(-phi[x]!, x);
  }
}
