/**
 * Binary min-heap of (key, node) with lazy deletion: callers push a node again
 * when its key improves and skip stale entries on pop, which is cheaper than
 * decrease-key bookkeeping for Dijkstra on sparse graphs.
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.keys = new Float64Array(initialCapacity);
    this.nodes = new Int32Array(initialCapacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[i] = pk;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  topNode(): number {
    return this.nodes[0]!;
  }

  /** Removes the minimum and returns its node; check `topKey()` first for the key. */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0]!;
    const last = --this.size;
    if (last === 0) return top;
    const key = keys[last]!;
    const node = nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}

/**
 * Monotone bucket queue (Dial) for the exact stage's searches, same interface as MinHeap.
 * Keys must never fall below the last popped key; within a bucket order does not matter.
 * Integer keys below `span` go to buckets, any other key to a binary heap. Dijkstra on
 * L instances pushes ~5M entries per search; a binary heap pays ~20 levels per pop.
 */
export class BucketQueue {
  private readonly head: Int32Array;
  private entryNode: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private cursor = 0;
  private maxBucket = -1;
  private readonly overflow = new MinHeap(1024);
  size = 0;

  constructor(private readonly span = 4096) {
    this.head = new Int32Array(span).fill(-1);
    this.entryNode = new Int32Array(4096);
    this.entryNext = new Int32Array(4096);
  }

  clear(): void {
    for (let b = 0; b <= this.maxBucket; b++) this.head[b] = -1;
    this.maxBucket = -1;
    this.cursor = 0;
    this.entries = 0;
    this.size = 0;
    this.overflow.clear();
  }

  push(key: number, node: number): void {
    this.size++;
    if (key >= this.span || (key | 0) !== key) {
      this.overflow.push(key, node);
      return;
    }
    if (this.entries === this.entryNode.length) this.grow();
    const k = this.entries++;
    this.entryNode[k] = node;
    this.entryNext[k] = this.head[key]!;
    this.head[key] = k;
    if (key > this.maxBucket) this.maxBucket = key;
    if (key < this.cursor) this.cursor = key;
  }

  /** True when the minimum is in the buckets rather than in the overflow heap. */
  private inBuckets(): boolean {
    while (this.cursor <= this.maxBucket && this.head[this.cursor]! < 0) this.cursor++;
    if (this.cursor > this.maxBucket) return false;
    return this.overflow.size === 0 || this.cursor <= this.overflow.topKey();
  }

  topKey(): number {
    return this.inBuckets() ? this.cursor : this.overflow.topKey();
  }

  topNode(): number {
    return this.inBuckets() ? this.entryNode[this.head[this.cursor]!]! : this.overflow.topNode();
  }

  /** Removes the minimum and returns its node; check `topKey()` first for the key. */
  pop(): number {
    this.size--;
    if (!this.inBuckets()) return this.overflow.pop();
    const k = this.head[this.cursor]!;
    this.head[this.cursor] = this.entryNext[k]!;
    return this.entryNode[k]!;
  }

  private grow(): void {
    const nodes = new Int32Array(this.entryNode.length * 2);
    nodes.set(this.entryNode);
    const next = new Int32Array(this.entryNext.length * 2);
    next.set(this.entryNext);
    this.entryNode = nodes;
    this.entryNext = next;
  }
}
