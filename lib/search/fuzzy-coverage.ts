// Tweets misspell names and words ("fotos", "Krystina" for "Kristyna"); a
// query term the candidate lacks may still be there in another spelling.

/** Terms shorter than this, and numbers, match exactly or not at all. */
const minFuzzyLength = 4;
/** Below this bigram likeness two terms are different words. */
const fuzzyFloor = 0.5;

/** Terms recur across queries and candidates; their bigrams are worked out once. */
const bigramCache = new Map<string, number[]>();
const bigramCacheLimit = 100_000;

/** A term's character bigrams, word boundaries included, as sorted numeric codes. */
function bigramsOf(term: string): number[] {
  let grams = bigramCache.get(term);
  if (grams === undefined) {
    if (bigramCache.size >= bigramCacheLimit) bigramCache.clear();
    grams = [];
    // Code 0 marks the word's start and end.
    for (let index = 0; index <= term.length; index += 1) grams.push((term.charCodeAt(index - 1) || 0) * 65536 + (term.charCodeAt(index) || 0));
    grams.sort((left, right) => left - right);
    bigramCache.set(term, grams);
  }
  return grams;
}

/** Dice coefficient of two sorted bigram lists (each bigram matched at most once), from 0 to 1. */
function bigramLikeness(left: number[], right: number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    if (left[i] === right[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left[i] < right[j]) i += 1;
    else j += 1;
  }
  return left.length + right.length === 0 ? 0 : (2 * shared) / (left.length + right.length);
}

/** Dice coefficient of two terms' character bigrams, from 0 (nothing shared) to 1 (same bigrams). */
export function spellingLikeness(left: string, right: string): number {
  return bigramLikeness(bigramsOf(left), bigramsOf(right));
}

function spellable(term: string): boolean {
  return term.length >= minFuzzyLength && !/^\d/.test(term);
}

/** The best bigram likeness of `term` to any of `others`, or 0 below the floor. */
function bestLikeness(term: string, others: number[][]): number {
  const grams = bigramsOf(term);
  let best = 0;
  for (const other of others) {
    // Dice cannot reach the floor when one list is more than three times the other.
    if (2 * Math.min(grams.length, other.length) < fuzzyFloor * (grams.length + other.length)) continue;
    best = Math.max(best, bigramLikeness(grams, other));
  }
  return best >= fuzzyFloor ? best : 0;
}

/**
 * The idf-weighted share of the query's terms that the document holds, where
 * a term it lacks counts its best spelling likeness (character bigrams, 0.5 or
 * more) to a document term of four letters or more. From 0 to 1; 0 for no terms.
 */
export function fuzzyCoverage(queryTerms: Set<string>, docTerms: Set<string>, idf: (term: string) => number): number {
  const docGrams = [...docTerms].filter(spellable).map(bigramsOf);
  let total = 0;
  let covered = 0;
  for (const term of queryTerms) {
    const weight = idf(term);
    total += weight;
    if (docTerms.has(term)) covered += weight;
    else if (spellable(term)) covered += weight * bestLikeness(term, docGrams);
  }
  return total === 0 ? 0 : covered / total;
}
