import { EXCESS } from './price-drops';
import { enter, intoSink, isDeficit, outOfSink, type ZeroContext } from './zero-context';

// Hop levels for a zero-path phase (zero-paths.ts): breadth-first over the zero arcs from the
// sources (when the sink has excess, zero-back.ts searches back from the deficits instead).

/** Level 0: every excess mentee (the sink has none on this path). */
function seedSources(z: ZeroContext): number {
  const { n, state } = z;
  let qLen = 0;
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
