import type { Span } from '../model/span';
import type { ExtractDocument } from './document';

/** The span of tokens `[first, last)` of a document. */
export function tokenSpan(doc: ExtractDocument, first: number, last: number): Span {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { text: doc.text.slice(start, end), start, end };
}

/**
 * Groups sorted token indices into runs `[first, last)`, bridging gaps of at most
 * `maxGap` tokens.
 */
export function tokenRuns(indices: number[], maxGap: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of indices) {
    const run = runs[runs.length - 1];
    if (run && i - run[1] <= maxGap) run[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}
