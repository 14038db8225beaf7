import { describe, expect, it } from 'vitest';
import type { AnalysedDoc } from '../../lib/search/analyze';
import { scoreSegment, type SegmentView, type WeightedTerm } from '../../lib/search/max-score';
import { buildSegment } from '../../lib/search/segment';
import { meanLength, viewOf } from '../../lib/search/segment-view';

import { TopK } from '../../lib/search/top-k';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const words = Array.from({ length: 300 }, (_, n) => `w${n}`);

/** Zipf-like word choice, so some terms are common and most are rare, as in text. */
function corpus(count: number, next: () => number, prefix: string): AnalysedDoc[] {
  const word = () => words[Math.floor(words.length * next() ** 3)];
  return Array.from({ length: count }, (_, n) => ({
    id: `${prefix}${n}`,
    text: Array.from({ length: 3 + Math.floor(next() * 25) }, word),
    title: Array.from({ length: Math.floor(next() * 8) }, word),
  }));
}

/** Scores every document of every view: the reference MaxScore must agree with. */
function exhaustive(views: SegmentView[], terms: WeightedTerm[], k: number) {
  const results = new TopK(k);
  views.forEach((view, viewIndex) => {
    const { segment } = view;
    for (let ordinal = 0; ordinal < segment.docIds.length; ordinal += 1) {
      if (view.deleted[ordinal] === 1) continue;
      let score = 0;
      for (const { term, weight } of terms) {
        const id = segment.vocabulary.lookup(term);
        if (id < 0) continue;
        for (let posting = segment.termStarts[id]; posting < segment.termStarts[id + 1]; posting += 1) {
          if (segment.postingDocs[posting] !== ordinal) continue;
          const frequency = segment.postingFrequencies[posting] / 2;
          score += weight * (frequency / (frequency + view.norms[ordinal]));
        }
      }
      if (score > 0) results.offer(viewIndex, ordinal, score);
    }
  });
  return results.sorted();
}

describe('MaxScore top-k', () => {
  const next = random(42);
  const base = buildSegment(0, corpus(1500, next, 'b'));
  const delta = buildSegment(1, corpus(200, next, 'd'));
  const averageLength = meanLength(base);
  const deleted = Array.from({ length: 150 }, () => Math.floor(next() * 1500));
  const views = [viewOf(base, averageLength, deleted), viewOf(delta, averageLength, [3, 5, 7])];

  it.each([1, 5, 10, 50])('returns the same top %i as scoring every document', (k) => {
    for (let trial = 0; trial < 40; trial += 1) {
      const terms = Array.from({ length: 1 + Math.floor(next() * 12) }, () => ({
        term: words[Math.floor(next() * words.length)],
        weight: 0.1 + next() * 5,
      }));
      const pruned = new TopK(k);
      views.forEach((view, index) => scoreSegment(index, view, terms, pruned));
      const reference = exhaustive(views, terms, k);
      const actual = pruned.sorted();
      expect(actual.map((hit) => hit.score)).toEqual(reference.map((hit) => expect.closeTo(hit.score, 9)));
      // Sums taken in another order may differ in the last bit, so ties may swap;
      // every document clearly above the k-th score must be the same.
      const floor = (reference.at(-1)?.score ?? 0) + 1e-9;
      const clear = (hits: typeof actual) => hits.filter((hit) => hit.score > floor).map((hit) => `${hit.view}:${hit.ordinal}`).sort();
      expect(clear(actual)).toEqual(clear(reference));
    }
  });

  it('never returns a deleted document', () => {
    const results = new TopK(2000);
    views.forEach((view, index) => scoreSegment(index, view, words.map((term) => ({ term, weight: 1 })), results));
    for (const hit of results.sorted()) expect(views[hit.view].deleted[hit.ordinal]).toBe(0);
  });
});
