import { EXCESS, OPTED_OUT } from './price-drops';
import { apply, isSource, outOfSink, type ZeroContext } from './zero-context';

// Zero-path passes for when the sink has excess (zero-paths.ts): depth-first searches back
// from every deficit over the zero arcs reversed, one visited mark per node per pass.

/**
 * One pass: from each deficit in turn, a depth-first search over reversed zero arcs for a
 * source (the sink, or an excess mentee); each path found is pushed at once. A node is
 * visited at most once per pass, so a pass costs one walk over the deficits' zero regions and
 * finds a path for many of them. Dinic-style phases restricted each pass to the shortest
 * paths: on L popular 1.0× the sink was the only source, and 75 phases each levelled ~29k
 * nodes to push 1–16 paths. A node left behind a dead end stays dead for the pass even if a
 * later push opens a way through it; the next pass finds that way, and a pass that pushes
 * nothing changed nothing, so no path is left. Returns the paths pushed.
 */
export function backPass(z: ZeroContext): number {
  const { n, m, level, cursor, load, flowOut } = z;
  const revStart = z.scratch.revStart;
  level.fill(-1);
  const before = z.result.paths;
  let excess = countExcess(z);
  for (let j = 0; j < m && (z.sinkUnits > 0 || excess > 0); j++) {
    if (load[j]! >= flowOut[j]!) continue;
    const d = n + j;
    level[d] = 0;
    cursor[d] = revStart[j]!;
    z.result.visited++;
    while (load[j]! < flowOut[j]! && (z.sinkUnits > 0 || excess > 0)) {
      const found = climb(z, d);
      if (found < 0) break;
      if (found < n) excess--;
    }
  }
  return z.result.paths - before;
}

function countExcess(z: ZeroContext): number {
  const { state, n } = z;
  let count = 0;
  for (let i = 0; i < n; i++) if (state[i] === EXCESS) count++;
  return count;
}

/**
 * Depth-first from deficit d back to a source; pushes the path and returns the source, or -1.
 * Every node it newly visits counts in `z.result.visited`.
 */
function climb(z: ZeroContext, d: number): number {
  const { stackNode, stackEdge, result } = z;
  let top = 0;
  stackNode[0] = d;
  stackEdge[0] = -1;
  while (top >= 0) {
    const x = stackNode[top]!;
    if (top > 0 && isSource(z, x)) {
      forwards(z, top);
      return x;
    }
    const y = before(z, x);
    if (y < 0) {
      top--;
      continue;
    }
    if (y !== z.T) result.visited++;
    top++;
    stackNode[top] = y;
    stackEdge[top] = z.nextEdge;
  }
  return -1;
}

/**
 * The next unvisited tail of a zero arc into x (marked visited, its cursor set), or -1; the
 * arc's edge in `z.nextEdge` (-1 unless a mentee → mentor arc). The sink is offered only while
 * it has excess, and never marked: every unit of its excess can start a path.
 */
function before(z: ZeroContext, x: number): number {
  const { n, T, level, cursor, mate, phi } = z;
  if (x < n) {
    // One arc in: from its mentor when held, from the sink when opted out.
    if (cursor[x] !== 0) return -1;
    cursor[x] = 1;
    z.nextEdge = -1;
    const me = mate[x]!;
    if (me >= 0) {
      const y = n + z.edgeMentor[me]!;
      if (level[y]! >= 0 || z.mateScore[x]! + phi[y]! !== phi[x]!) return -1;
      level[y] = 0;
      cursor[y] = z.scratch.revStart[y - n]!;
      return y;
    }
    return z.state[x] === OPTED_OUT && z.sinkUnits > 0 && outOfSink(z, x) ? T : -1;
  }
  const { revStart, revMentee, revEdge } = z.scratch;
  const j = x - n;
  const end = revStart[j + 1]!;
  for (let r = cursor[x]!; r < end; r++) {
    const i = revMentee[r]!;
    if (level[i]! < 0 && revEdge[r] !== mate[i]) {
      cursor[x] = r + 1;
      level[i] = 0;
      cursor[i] = 0;
      z.nextEdge = revEdge[r]!;
      return i;
    }
  }
  if (cursor[x]! > end) return -1;
  cursor[x] = end + 1;
  z.nextEdge = -1;
  return z.sinkUnits > 0 && outOfSink(z, x) ? T : -1;
}

/**
 * Turns the stack (deficit … source, each entry's edge leading back to the one before) into
 * source … deficit with each entry's edge leading to it, and pushes one unit along it.
 */
function forwards(z: ZeroContext, top: number): void {
  const { stackNode, stackEdge, n } = z;
  for (let a = 0, b = top; a < b; a++, b--) {
    const t = stackNode[a]!;
    stackNode[a] = stackNode[b]!;
    stackNode[b] = t;
  }
  for (let a = 1, b = top; a < b; a++, b--) {
    const t = stackEdge[a]!;
    stackEdge[a] = stackEdge[b]!;
    stackEdge[b] = t;
  }
  apply(z, top, stackNode[0]! < n);
}
