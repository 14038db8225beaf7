/** A scored document: which segment view, which ordinal in it, and its score. */
export interface Hit {
  view: number;
  ordinal: number;
  score: number;
}

/**
 * The k best hits seen so far, as a min-heap on score; `threshold` is the
 * score a new hit must beat once the heap is full. On equal scores the hit
 * offered first stays, so results do not depend on how scoring was ordered.
 */
export class TopK {
  private readonly heap: Hit[] = [];

  constructor(private readonly k: number) {}

  get threshold(): number {
    return this.heap.length < this.k ? 0 : this.heap[0].score;
  }

  offer(view: number, ordinal: number, score: number): void {
    if (this.k <= 0 || score <= this.threshold) return;
    const hit = { view, ordinal, score };
    if (this.heap.length < this.k) {
      this.heap.push(hit);
      this.siftUp(this.heap.length - 1);
      return;
    }
    this.heap[0] = hit;
    this.siftDown(0);
  }

  /** The hits, best first; ties keep the order in which they were offered. */
  sorted(): Hit[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.view - b.view || a.ordinal - b.ordinal);
  }

  private less(a: number, b: number): boolean {
    const left = this.heap[a];
    const right = this.heap[b];
    if (left.score !== right.score) return left.score < right.score;
    return left.view > right.view || (left.view === right.view && left.ordinal > right.ordinal);
  }

  private siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.less(index, parent)) return;
      [this.heap[index], this.heap[parent]] = [this.heap[parent], this.heap[index]];
      index = parent;
    }
  }

  private siftDown(start: number): void {
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.heap.length && this.less(left, smallest)) smallest = left;
      if (right < this.heap.length && this.less(right, smallest)) smallest = right;
      if (smallest === index) return;
      [this.heap[index], this.heap[smallest]] = [this.heap[smallest], this.heap[index]];
      index = smallest;
    }
  }
}
