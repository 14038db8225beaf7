import type { ClaimSelectors, TextQuoteSelector } from '../model/selectors';
import { approximateMatch } from './approximate-match';
import { sameNumbers } from './numbers';

/** Offsets [start, end) in a text. */
export interface AnchoredSpan {
  start: number;
  end: number;
}

/** Tuning for {@link anchorSelectors}. */
export interface AnchorOptions {
  /** Least similarity (1 − edit distance ÷ quote length) a fuzzy match needs; default 0.75. */
  minSimilarity?: number;
}

/** Occurrences of an exact quote weighed before giving up on telling them apart. */
const maxExactOccurrences = 1000;
/** Longest quote matched approximately; longer ones must be found exactly. */
export const maxFuzzyQuoteChars = 1000;
/** Shortest quote matched approximately: a few edited characters of a short quote could be any words. */
export const minFuzzyQuoteChars = 12;

/**
 * Finds where selectors point in a (possibly edited) text: the recorded
 * position if the quote is still there; else the exact quote, its context
 * deciding between repeats; else the closest approximate match, accepted only
 * when similar enough and stating the same numbers, so a quote never lands on a
 * near-duplicate sentence with another toll. Null when nothing qualifies.
 */
export function anchorSelectors(text: string, selectors: ClaimSelectors, options: AnchorOptions = {}): AnchoredSpan | null {
  const { quote, position } = selectors;
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  return exactMatch(text, quote, position.start) ?? fuzzyMatch(text, quote, position.start, options.minSimilarity ?? 0.75);
}

function exactMatch(text: string, quote: TextQuoteSelector, expectedStart: number): AnchoredSpan | null {
  let best: { start: number; score: number } | null = null;
  let from = 0;
  for (let count = 0; count < maxExactOccurrences; count++) {
    const start = text.indexOf(quote.exact, from);
    if (start === -1) break;
    const score = contextScore(text, quote, start, start + quote.exact.length, expectedStart);
    if (!best || score > best.score) best = { start, score };
    from = start + 1;
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}

/**
 * How well a candidate's surroundings agree with the quote's prefix and suffix
 * (characters matched next to it), less a small penalty for drifting from the
 * recorded position so that ties go to the nearer place.
 */
function contextScore(text: string, quote: TextQuoteSelector, start: number, end: number, expectedStart: number): number {
  let prefixMatched = 0;
  while (
    prefixMatched < quote.prefix.length &&
    start - prefixMatched > 0 &&
    text[start - prefixMatched - 1] === quote.prefix[quote.prefix.length - prefixMatched - 1]
  ) prefixMatched += 1;
  let suffixMatched = 0;
  while (suffixMatched < quote.suffix.length && text[end + suffixMatched] === quote.suffix[suffixMatched]) suffixMatched += 1;
  return prefixMatched + suffixMatched - Math.abs(start - expectedStart) / (text.length + 1);
}

function fuzzyMatch(text: string, quote: TextQuoteSelector, expectedStart: number, minSimilarity: number): AnchoredSpan | null {
  const length = quote.exact.length;
  if (length > maxFuzzyQuoteChars || length < minFuzzyQuoteChars) return null;
  const slack = Math.max(16, Math.ceil(length * 0.25));
  let best: { span: AnchoredSpan; score: number } | null = null;
  for (const candidate of candidateStarts(text, quote.exact, expectedStart)) {
    const match = approximateMatch(text, quote.exact, Math.max(0, candidate - slack), Math.min(text.length, candidate + length + slack));
    if (!match) continue;
    const similarity = 1 - match.distance / length;
    if (similarity < minSimilarity || !sameNumbers(quote.exact, text.slice(match.start, match.end))) continue;
    const score = similarity * 1000 + contextScore(text, quote, match.start, match.end, expectedStart);
    if (!best || score > best.score) best = { span: { start: match.start, end: match.end }, score };
  }
  return best?.span ?? null;
}

/**
 * Likely start positions of an edited quote: pieces of it that still occur
 * verbatim vote for where the quote would begin; the best-voted places and the
 * recorded position are returned. Bounded work whatever the text holds.
 */
function candidateStarts(text: string, exact: string, expectedStart: number): number[] {
  const pieceLength = Math.max(5, Math.min(16, Math.floor(exact.length / 8)));
  const bucketSize = Math.max(16, Math.floor(exact.length / 4));
  const votes = new Map<number, { start: number; count: number }>();
  const pieces = Math.min(8, Math.floor(exact.length / pieceLength));
  for (let piece = 0; piece < pieces; piece++) {
    const offset = Math.floor((piece * (exact.length - pieceLength)) / Math.max(1, pieces - 1));
    const needle = exact.slice(offset, offset + pieceLength);
    let from = 0;
    for (let count = 0; count < 50; count++) {
      const found = text.indexOf(needle, from);
      if (found === -1) break;
      const start = found - offset;
      const bucket = Math.floor(start / bucketSize);
      const vote = votes.get(bucket) ?? { start, count: 0 };
      vote.count += 1;
      votes.set(bucket, vote);
      from = found + 1;
    }
  }
  const ranked = [...votes.values()].sort((a, b) => b.count - a.count).slice(0, 5).map((vote) => vote.start);
  return expectedStart < text.length ? [...ranked, expectedStart] : ranked;
}
