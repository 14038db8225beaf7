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

/** Adds the essential cursors' contributions for `ordinal` into `parts`, advancing those cursors. */
function scoreEssential(view: SegmentView, cursors: Cursor[], firstEssential: number, ordinal: number, parts: Float64Array): number {
  const docs = view.segment.postingDocs;
  let score = 0;
  for (let index = firstEssential; index < cursors.length; index += 1) {
    const cursor = cursors[index];
    if (cursor.position < cursor.end && docs[cursor.position] === ordinal) {
      parts[index] = cursor.weight * impact(view, cursor.position);
      score += parts[index];
      cursor.position += 1;
    }
  }
  return score;
}

/**
 * Probes the non-essential cursors, largest bound first, while the document can
 * still beat `threshold`. Returns false when it cannot.
 */
function scoreNonEssential(view: SegmentView, cursors: Cursor[], prefix: number[], start: number, ordinal: number, parts: Float64Array, threshold: number): boolean {
  let score = parts.reduce((sum, part) => sum + part, 0);
  for (let index = start - 1; index >= 0; index -= 1) {
    if (score + prefix[index] <= threshold) return false;
    if (seek(view.segment.postingDocs, cursors[index], ordinal) !== ordinal) continue;
    parts[index] = cursors[index].weight * impact(view, cursors[index].position);
    score += parts[index];
  }
  return score > threshold;
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
  // Contributions are summed in cursor order, so a document's score does not depend
  // on which cursors were essential when it was met: exact duplicates tie exactly.
  const parts = new Float64Array(cursors.length);
  let firstEssential = 0;
  for (;;) {
    while (firstEssential < cursors.length && prefix[firstEssential] <= results.threshold) firstEssential += 1;
    const ordinal = nextEssentialDoc(view.segment.postingDocs, cursors, firstEssential);
    if (ordinal < 0) return;
    parts.fill(0);
    scoreEssential(view, cursors, firstEssential, ordinal, parts);
    if (view.deleted[ordinal] === 1) continue;
    if (!scoreNonEssential(view, cursors, prefix, firstEssential, ordinal, parts, results.threshold)) continue;
    results.offer(viewIndex, ordinal, parts.reduce((sum, part) => sum + part, 0));
  }
}
