import { readFacts, type ClaimFacts } from '../facts';
import type { IdfTable } from './idf';
import { splitSentences } from './sentences';
import { cosine, wordVector, type WordVector } from './vectors';
import { contentWords } from './words';

/** One evidence sentence, ready for comparison. */
export interface EvidenceSentence {
  text: string;
  words: string[];
  vector: WordVector;
}

/** An evidence text split and weighed once, reusable against many claims. */
export interface PreparedEvidence {
  text: string;
  words: string[];
  vector: WordVector;
  sentences: EvidenceSentence[];
  /** Facts of each sentence, read on first use and kept, since one evidence meets many claims. */
  facts: Array<ClaimFacts | undefined>;
  reference: string | null;
}

/** Longest evidence read; a whole article fits, a hostile page is cut. */
export const maxEvidenceLength = 100_000;
const maxSentences = 400;

/**
 * Splits and weighs an evidence text (a sentence or a whole article);
 * `reference` is its publication date, for the dates it gives.
 */
export function prepareEvidence(text: string, idf: IdfTable | null, reference: string | null = null): PreparedEvidence {
  const clipped = text.length > maxEvidenceLength ? text.slice(0, maxEvidenceLength) : text;
  const sentences = splitSentences(clipped).slice(0, maxSentences).map((sentence) => {
    const words = contentWords(sentence.text);
    return { text: sentence.text, words, vector: wordVector(words, idf) };
  });
  const words = sentences.flatMap((sentence) => sentence.words);
  return { text: clipped, words, vector: wordVector(words, idf), sentences, facts: [], reference };
}

/** A sentence of the evidence with its similarity to the claim. */
export interface RankedSentence extends EvidenceSentence {
  similarity: number;
  index: number;
}

/** The evidence sentences most like the claim, best first (at most `limit`). */
export function relevantSentences(claim: WordVector, evidence: PreparedEvidence, limit: number): RankedSentence[] {
  return evidence.sentences
    .map((sentence, index) => ({ ...sentence, index, similarity: cosine(claim, sentence.vector) }))
    .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
    .slice(0, limit);
}

/** The facts of one evidence sentence, read once. */
export function factsOf(evidence: PreparedEvidence, index: number): ClaimFacts {
  let facts = evidence.facts[index];
  if (!facts) {
    facts = readFacts(evidence.sentences[index].text, { reference: evidence.reference });
    evidence.facts[index] = facts;
  }
  return facts;
}
