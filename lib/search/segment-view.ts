import type { SegmentView } from './max-score';
import { lengthNorms, maxImpacts, type Segment } from './segment';
import { weightedLength } from './bm25';

/** Wraps a segment with the norms and bounds it scores with, and an empty or given tombstone set. */
export function viewOf(segment: Segment, averageLength: number, deleted: Iterable<number> = []): SegmentView {
  const norms = lengthNorms(segment, averageLength);
  const tombstones = new Uint8Array(segment.docIds.length);
  for (const ordinal of deleted) if (ordinal < tombstones.length) tombstones[ordinal] = 1;
  return { segment, norms, bounds: maxImpacts(segment, norms), deleted: tombstones };
}

/** Live documents of a view. */
export function liveCount(view: SegmentView): number {
  return view.deleted.reduce((live, flag) => live - flag, view.deleted.length);
}

/** The mean weighted length of a segment's documents (0 when it has none). */
export function meanLength(segment: Segment): number {
  let total = 0;
  segment.textLengths.forEach((textLength, ordinal) => {
    total += weightedLength(textLength, segment.titleLengths[ordinal]);
  });
  return segment.textLengths.length === 0 ? 0 : total / segment.textLengths.length;
}

/** Ordinals of the deleted documents of a view, ascending. */
export function deletedOrdinals(view: SegmentView): number[] {
  const ordinals: number[] = [];
  view.deleted.forEach((flag, ordinal) => {
    if (flag === 1) ordinals.push(ordinal);
  });
  return ordinals;
}
