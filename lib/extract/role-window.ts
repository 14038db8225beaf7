import type { ExtractDocument } from './document';

/** Tokens `[first, last)` around a cue that may hold its source and content. */
export interface RoleWindow {
  first: number;
  last: number;
}

// A window never reaches further than this many tokens either side of the cue, which
// bounds the work per cue on hostile text.
const maxReach = 250;

/**
 * The cue's sentence with one sentence either side, widened to take in whole quotations
 * that start or end inside it (quotes run over sentences and paragraphs).
 */
export function roleWindow(doc: ExtractDocument, cueFirst: number, cueLast: number): RoleWindow {
  const sentence = doc.sentenceOf[cueFirst];
  const before = doc.sentences[Math.max(0, sentence - 1)];
  const after = doc.sentences[Math.min(doc.sentences.length - 1, doc.sentenceOf[cueLast - 1] + 1)];
  let first = Math.max(before.first, cueFirst - maxReach);
  let last = Math.min(after.last, cueLast + maxReach);
  if (first > 0 && doc.quotes[first] >= 0) first = Math.max(doc.quotes[first], cueFirst - maxReach);
  while (last < doc.tokens.length && last < cueLast + maxReach && doc.quotes[last - 1] >= 0 && doc.quotes[last] === doc.quotes[last - 1]) last++;
  return { first, last };
}
