import type { ExtractDocument } from './document';

// Auxiliaries, modals and adverbs that open the predicate, not the subject: "Clinton had mocked", "Few people would have".
const predicateOpeners = new Set([
  'had', 'has', 'have', 'would', 'could', 'will', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'is', 'was', 'are', 'were',
  'also', 'still', 'almost', 'not', 'often', 'now', 'then', 'first', 'further', 'together', 'already', 'never', 'even', 'again', 'once', 'later', 'soon', 'just',
]);
// Words ending in "-ly" that are nouns, not adverbs: "Pyongyang's only ally".
const lyNouns = new Set(['family', 'ally', 'supply', 'assembly', 'rally', 'anomaly', 'monopoly', 'butterfly', 'homily', 'italy', 'july']);

function opensPredicate(word: string): boolean {
  return predicateOpeners.has(word) || /n[’']t$/.test(word) || (/^[a-z]{4,}ly$/.test(word) && !lyNouns.has(word));
}

/**
 * The end of a source run right before its cue without the words of the predicate it took
 * ("Clinton had" of "Clinton had mocked", "Gingrich cynically" of "Gingrich cynically
 * dismissed"); `last` when the run is not next to the cue or is nothing but such words.
 */
export function beforePredicate(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last !== cueFirst) return last;
  let end = last;
  while (end - 1 > first && opensPredicate(doc.tokens[end - 1].lower)) end--;
  return end;
}

