import { softmax } from './boosted-trees';
import { bucketOf } from './idf';
import type { RankedSentence } from './evidence';
import { allWords } from './words';

/**
 * A linear model over hashed words of the evidence sentences closest to the
 * claim: it learns the wording of agreement, refutation and reporting. Weights
 * sit in hashed buckets, so the shipped table holds numbers, never words.
 */
export interface LexicalModel {
  buckets: number;
  classes: string[];
  /** weights[class * buckets + bucket] */
  weights: number[];
  bias: number[];
}

const maxSentences = 5;

/** The hashed buckets (with repeats removed) of the words and word pairs of the closest sentences and the lead. */
export function lexicalBuckets(top: readonly RankedSentence[], lead: string, buckets: number): number[] {
  const found = new Set<number>();
  for (const sentence of top.slice(0, maxSentences)) {
    const words = allWords(sentence.text);
    words.forEach((word, index) => {
      found.add(bucketOf(`s:${word}`, buckets));
      if (index > 0) found.add(bucketOf(`p:${words[index - 1]} ${word}`, buckets));
    });
  }
  for (const word of allWords(lead)) found.add(bucketOf(`l:${word}`, buckets));
  return [...found];
}

/** Class scores before softmax for a set of buckets. */
export function lexicalScores(model: LexicalModel, active: readonly number[]): number[] {
  return model.classes.map((_, c) => {
    let score = model.bias[c];
    const offset = c * model.buckets;
    for (const bucket of active) score += model.weights[offset + bucket] ?? 0;
    return score;
  });
}

/** Class probabilities of the lexical model, in `model.classes` order. */
export function lexicalProbabilities(model: LexicalModel, active: readonly number[]): number[] {
  return softmax(lexicalScores(model, active));
}
