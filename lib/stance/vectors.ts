import { idfOf, type IdfTable } from './idf';

/** A sparse TF-IDF vector: word to weight. */
export type WordVector = Map<string, number>;

/** The TF-IDF vector of a word list. */
export function wordVector(words: readonly string[], idf: IdfTable | null): WordVector {
  const vector: WordVector = new Map();
  for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
  for (const [word, count] of vector) vector.set(word, (1 + Math.log(count)) * idfOf(word, idf));
  return vector;
}

/** Cosine similarity of two sparse vectors, 0..1; 0 when either is empty. */
export function cosine(a: WordVector, b: WordVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  const norm = Math.sqrt(sumSquares(a) * sumSquares(b));
  return norm === 0 ? 0 : dot / norm;
}

function sumSquares(vector: WordVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}

/** Share of the claim's idf mass found among the other words, 0..1. */
export function weightedCoverage(claim: readonly string[], other: ReadonlySet<string>, idf: IdfTable | null): number {
  let found = 0;
  let total = 0;
  for (const word of new Set(claim)) {
    const weight = idfOf(word, idf);
    total += weight;
    if (other.has(word)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}
