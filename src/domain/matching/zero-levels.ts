import { EXCESS, OPTED_OUT } from './price-drops';
import { enter, intoSink, isDeficit, isSource, outOfSink, type ZeroContext } from './zero-context';

// Hop levels for a zero-path phase (zero-paths.ts): breadth-first over the zero arcs, forwards
// from the sources or backwards from the deficits.

/** Level 0: the sink first when it has excess, then every excess mentee. */
function seedSources(z: ZeroContext): number {
  const { n, T, state } = z;
  let qLen = 0;
  if (z.sinkUnits > 0) qLen = enter(z, T, 0, qLen);
  for (let x = 0; x < n; x++) if (state[x] === EXCESS) qLen = enter(z, x, 0, qLen);
  return qLen;
}

/**
 * Breadth-first hop levels from every source over zero arcs, until every deficit has one.
 * Returns the number of nodes levelled, negated (and less than 0) when no deficit was reached.
 */
export function levels(z: ZeroContext): number {
  const { n, T, level, queue } = z;
  level.fill(-1);
  let qLen = seedSources(z);
  z.sources = qLen;
  if (qLen === 0) return -1;
  // Paths end at a deficit, so nothing beyond the last one matters.
  const wanted = (z.sinkUnits < 0 ? 1 : 0) + countDeficits(z.load, z.flowOut, z.m);
  let found = 0;
  for (let q = 0; q < qLen && found < wanted; q++) {
    const x = queue[q]!;
    const lx = level[x]!;
    if (lx > 0 && isDeficit(z, x)) {
      found++;
      continue;
    }
    if (x < n) qLen = levelMentee(z, x, lx + 1, qLen);
    else if (x < T) qLen = levelMentor(z, x, lx + 1, qLen);
    else qLen = levelSink(z, lx + 1, qLen);
    if (x !== T && level[T]! < 0 && intoSink(z, x)) qLen = enter(z, T, lx + 1, qLen);
  }
  return found > 0 ? qLen : -qLen - 1;
}

/**
 * Hop levels backwards, from every deficit (level 0) over zero arcs reversed, for phases where
 * the sink has excess. Forwards, the sink's zero arcs reach every unpriced mentor and opted-out
 * mentee, and from them most of the graph: on L popular 1.0× each pass walked 0.2M–1.2M nodes
 * to find a handful of paths. Backwards, a pass ends where the deficits' zero regions meet a
 * source, often an unpriced mentor away, and it stops once every source has a level (paths only
 * go down from a source). Mentor arcs come from the tight index by mentor.
 * Returns the number of nodes levelled, negated (and less than 0) when no source was reached.
 */
export function levelsBack(z: ZeroContext): number {
  const { n, T, level, queue, mate, mateScore, phi, edgeMentor, state, sourceList } = z;
  const { revStart, revMentee, revEdge } = z.scratch;
  level.fill(-1);
  let qLen = seedDeficits(z);
  // Paths run from a source down the levels, so nothing beyond the last source matters.
  const wanted = (z.sinkUnits > 0 ? 1 : 0) + countExcess(state, n);
  let found = 0;
  for (let q = 0; q < qLen && found < wanted; q++) {
    const x = queue[q]!;
    const next = level[x]! + 1;
    if (isSource(z, x)) {
      sourceList[found++] = x;
      continue;
    }
    if (x < n) {
      // A holder is entered from its mentor; an opted-out mentee from the sink.
      const me = mate[x]!;
      if (me >= 0) {
        const y = n + edgeMentor[me]!;
        if (level[y]! < 0 && mateScore[x]! + phi[y]! === phi[x]!) qLen = enter(z, y, next, qLen);
      } else if (state[x] === OPTED_OUT && level[T]! < 0 && outOfSink(z, x)) qLen = enter(z, T, next, qLen);
    } else if (x < T) {
      const j = x - n;
      for (let r = revStart[j]!, end = revStart[j + 1]!; r < end; r++) {
        const i = revMentee[r]!;
        if (level[i]! < 0 && revEdge[r] !== mate[i]) qLen = enter(z, i, next, qLen);
      }
      if (level[T]! < 0 && outOfSink(z, x)) qLen = enter(z, T, next, qLen);
    } else {
      for (let y = 0; y < T; y++) if (level[y]! < 0 && intoSink(z, y)) qLen = enter(z, y, next, qLen);
    }
  }
  z.sources = found;
  return found > 0 ? qLen : -qLen - 1;
}

/** Level 0 for a backward pass: every under-filled priced mentor, and the sink when it is short. */
function seedDeficits(z: ZeroContext): number {
  const { n, m, load, flowOut } = z;
  let qLen = 0;
  for (let j = 0; j < m; j++) if (load[j]! < flowOut[j]!) qLen = enter(z, n + j, 0, qLen);
  if (z.sinkUnits < 0) qLen = enter(z, z.T, 0, qLen);
  return qLen;
}

function countExcess(state: Uint8Array, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (state[i] === EXCESS) count++;
  return count;
}

function countDeficits(load: Int32Array, flowOut: Int32Array, m: number): number {
  let count = 0;
  for (let j = 0; j < m; j++) if (load[j]! < flowOut[j]!) count++;
  return count;
}

function levelMentee(z: ZeroContext, x: number, next: number, qLen: number): number {
  const { n, level, tightStart, tightEdge, tightMentor } = z;
  const me = z.mate[x]!;
  for (let t = tightStart[x]!, end = tightStart[x + 1]!; t < end; t++) {
    const y = n + tightMentor[t]!;
    if (level[y]! < 0 && tightEdge[t] !== me) qLen = enter(z, y, next, qLen);
  }
  return qLen;
}

function levelMentor(z: ZeroContext, x: number, next: number, qLen: number): number {
  const { slotStart, slotHolder, mateScore, level, phi } = z;
  const j = x - z.n;
  const px = phi[x]!;
  for (let k = slotStart[j]!, end = k + z.load[j]!; k < end; k++) {
    const h = slotHolder[k]!;
    if (level[h]! < 0 && mateScore[h]! + px === phi[h]!) qLen = enter(z, h, next, qLen);
  }
  return qLen;
}

function levelSink(z: ZeroContext, next: number, qLen: number): number {
  const { T, level } = z;
  for (let y = 0; y < T; y++) {
    if (level[y]! < 0 && outOfSink(z, y)) qLen = enter(z, y, next, qLen);
  }
  return qLen;
}
