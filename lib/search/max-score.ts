import type { Segment } from './segment';
import type { TopK } from './top-k';

/** A segment with what scoring needs beside it: length norms, term bounds, tombstones. */
export interface SegmentView {
  segment: Segment;
  norms: Float32Array;
  bounds: Float32Array;
  deleted: Uint8Array;
}

/** A query term with its weight: idf times query-side weight times (k1 + 1). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

interface Cursor {
  position: number;
  end: number;
  weight: number;
  bound: number;
}

function cursorsFor(view: SegmentView, terms: WeightedTerm[]): Cursor[] {
  const cursors: Cursor[] = [];
  for (const { term, weight } of terms) {
    const id = view.segment.vocabulary.lookup(term);
    if (id < 0) continue;
    const { termStarts } = view.segment;
    cursors.push({ position: termStarts[id], end: termStarts[id + 1], weight, bound: weight * view.bounds[id] });
  }
  return cursors.sort((left, right) => left.bound - right.bound);
}

/** Moves the cursor to the first posting at or after `ordinal` (binary search), returning its doc or -1. */
function seek(docs: Uint32Array, cursor: Cursor, ordinal: number): number {
  let low = cursor.position;
  let high = cursor.end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle] < ordinal) low = middle + 1;
    else high = middle;
  }
  cursor.position = low;
  return low < cursor.end ? docs[low] : -1;
}

function impact(view: SegmentView, posting: number): number {
  const frequency = view.segment.postingFrequencies[posting] / 2;
  return frequency / (frequency + view.norms[view.segment.postingDocs[posting]]);
}

function nextEssentialDoc(docs: Uint32Array, cursors: Cursor[], firstEssential: number): number {
  let next = -1;
  for (let index = firstEssential; index < cursors.length; index += 1) {
    const cursor = cursors[index];
    if (cursor.position < cursor.end && (next < 0 || docs[cursor.position] < next)) next = docs[cursor.position];
  }
  return next;
}

/**
 * Per-document scratch: each cursor's contribution, so the final score is
 * summed in cursor order whichever cursors were essential when the document was
 * met (exact duplicates then tie exactly); only touched slots are reset.
 */
class Contributions {
  readonly parts: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  partial = 0;

  constructor(size: number) {
    this.parts = new Float64Array(size);
    this.touched = new Int32Array(size);
  }

  add(index: number, value: number): void {
    this.parts[index] = value;
    this.touched[this.touchedCount++] = index;
    this.partial += value;
  }

  total(): number {
    let sum = 0;
    for (let index = 0; index < this.parts.length; index += 1) sum += this.parts[index];
    return sum;
  }

  reset(): void {
    for (let slot = 0; slot < this.touchedCount; slot += 1) this.parts[this.touched[slot]] = 0;
    this.touchedCount = 0;
    this.partial = 0;
  }
}

/** Adds the essential cursors' contributions for `ordinal`, advancing those cursors. */
function scoreEssential(view: SegmentView, cursors: Cursor[], firstEssential: number, ordinal: number, scratch: Contributions): void {
  const docs = view.segment.postingDocs;
  for (let index = firstEssential; index < cursors.length; index += 1) {
    const cursor = cursors[index];
    if (cursor.position < cursor.end && docs[cursor.position] === ordinal) {
      scratch.add(index, cursor.weight * impact(view, cursor.position));
      cursor.position += 1;
    }
  }
}

/**
 * Probes the non-essential cursors, largest bound first, while the document can
 * still beat `threshold`. Returns false when it cannot.
 */
function scoreNonEssential(view: SegmentView, cursors: Cursor[], prefix: number[], start: number, ordinal: number, scratch: Contributions, threshold: number): boolean {
  for (let index = start - 1; index >= 0; index -= 1) {
    if (scratch.partial + prefix[index] <= threshold) return false;
    if (seek(view.segment.postingDocs, cursors[index], ordinal) !== ordinal) continue;
    scratch.add(index, cursors[index].weight * impact(view, cursors[index].position));
  }
  return scratch.partial > threshold;
}

/**
 * Scores one segment's documents for the query with MaxScore (Turtle and
 * Flood): terms whose bounds together cannot lift a document past the current
 * k-th score are only probed for documents the other terms found, and a
 * document stops being scored once its bound falls below that threshold.
 * Offers each document that may enter the top k to `results`.
 */
export function scoreSegment(viewIndex: number, view: SegmentView, terms: WeightedTerm[], results: TopK): void {
  const cursors = cursorsFor(view, terms);
  const prefix = cursors.reduce<number[]>((sums, cursor) => [...sums, (sums.at(-1) ?? 0) + cursor.bound], []);
  const scratch = new Contributions(cursors.length);
  let firstEssential = 0;
  for (;;) {
    while (firstEssential < cursors.length && prefix[firstEssential] <= results.threshold) firstEssential += 1;
    const ordinal = nextEssentialDoc(view.segment.postingDocs, cursors, firstEssential);
    if (ordinal < 0) return;
    scratch.reset();
    scoreEssential(view, cursors, firstEssential, ordinal, scratch);
    if (view.deleted[ordinal] === 1) continue;
    if (scoreNonEssential(view, cursors, prefix, firstEssential, ordinal, scratch, results.threshold)) {
      results.offer(viewIndex, ordinal, scratch.total());
    }
  }
}
