import { allWords, contentWords } from './words';
import { countIn, affirmingWords, debunkingWords, denyingWords, refutingWords, reportingWords } from './cue-words';
import { relevantSentences, type PreparedEvidence, type RankedSentence } from './evidence';
import type { IdfTable } from './idf';
import { lexicalBuckets, lexicalProbabilities } from './lexical';
import type { StanceModel } from './model';
import { cosine, weightedCoverage, wordVector, type WordVector } from './vectors';

/** A claim split and weighed once. */
export interface PreparedClaim {
  text: string;
  words: string[];
  vector: WordVector;
  cues: string[];
}

/** Splits and weighs a claim. */
export function prepareClaim(text: string, idf: IdfTable | null): PreparedClaim {
  const words = contentWords(text);
  return { text, words, vector: wordVector(words, idf), cues: allWords(text) };
}

/** The names of the model's input features, in order (kept for reading weights and debugging). */
export const featureNames = [
  'cosine whole', 'cosine best', 'cosine top3', 'coverage whole', 'coverage best', 'bigrams whole', 'bigrams best',
  'cosine lead', 'log evidence length', 'claim length', 'claim refuting', 'claim reporting',
  'evidence refuting rate', 'evidence reporting rate', 'evidence affirming rate', 'top3 refuting', 'top3 reporting',
  'top3 affirming', 'lead refuting', 'lead reporting', 'claim question', 'best position', 'related share',
  'refuting related sentences', 'claim negated', 'best negated', 'top3 debunking', 'evidence debunking rate',
  'top3 denying', 'lead debunking',
] as const;

const negators = new Set(['not', 'no', 'never', "n't", "didn't", "isn't", "wasn't", "doesn't", 'denied', 'denies']);

function bigrams(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index += 1) pairs.add(`${words[index - 1]} ${words[index]}`);
  return pairs;
}

function shareIn(claim: Set<string>, other: Set<string>): number {
  if (claim.size === 0) return 0;
  let found = 0;
  for (const pair of claim) if (other.has(pair)) found += 1;
  return found / claim.size;
}

function cueCounts(sentences: readonly { text: string }[]): [number, number, number] {
  const words = sentences.flatMap((sentence) => allWords(sentence.text));
  return [countIn(words, refutingWords), countIn(words, reportingWords), countIn(words, affirmingWords)];
}

/** The evidence sentences most like the claim, best first; shared by features and rules. */
export function topSentences(claim: PreparedClaim, evidence: PreparedEvidence): RankedSentence[] {
  return relevantSentences(claim.vector, evidence, 3);
}

function overlapFeatures(claim: PreparedClaim, evidence: PreparedEvidence, top: RankedSentence[], idf: IdfTable | null): number[] {
  const best = top[0];
  const claimPairs = bigrams(claim.words);
  const lead = evidence.sentences.slice(0, 2).flatMap((sentence) => sentence.words);
  return [
    cosine(claim.vector, evidence.vector),
    best?.similarity ?? 0,
    top.reduce((sum, sentence) => sum + sentence.similarity, 0) / Math.max(1, top.length),
    weightedCoverage(claim.words, new Set(evidence.words), idf),
    best ? weightedCoverage(claim.words, new Set(best.words), idf) : 0,
    shareIn(claimPairs, bigrams(evidence.words)),
    best ? shareIn(claimPairs, bigrams(best.words)) : 0,
    cosine(claim.vector, wordVector(lead, idf)),
  ];
}

function cueFeatures(claim: PreparedClaim, evidence: PreparedEvidence, top: RankedSentence[]): number[] {
  const [refuting, reporting, affirming] = cueCounts(evidence.sentences);
  const per100 = 100 / Math.max(20, evidence.words.length);
  const related = evidence.sentences.filter((sentence) => cosine(claim.vector, sentence.vector) > 0.15);
  return [
    Math.log1p(evidence.words.length), claim.words.length, countIn(claim.cues, refutingWords),
    countIn(claim.cues, reportingWords), refuting * per100, reporting * per100, affirming * per100,
    ...cueCounts(top), ...cueCounts(evidence.sentences.slice(0, 3)).slice(0, 2),
    claim.text.includes('?') ? 1 : 0,
    top[0] ? top[0].index / Math.max(1, evidence.sentences.length) : 1,
    related.length / Math.max(1, evidence.sentences.length),
    cueCounts(related)[0],
    countIn(claim.cues, negators) > 0 ? 1 : 0,
    top[0] && countIn(allWords(top[0].text), negators) > 0 ? 1 : 0,
    ...denialFeatures(evidence, top, per100),
  ];
}

// Outright debunking ("a hoax") and a party's denial, apart from the common "not" that every report holds.
function denialFeatures(evidence: PreparedEvidence, top: RankedSentence[], per100: number): number[] {
  const topWords = top.flatMap((sentence) => allWords(sentence.text));
  const lead = evidence.sentences.slice(0, 2).flatMap((sentence) => allWords(sentence.text));
  const all = evidence.sentences.flatMap((sentence) => allWords(sentence.text));
  return [
    countIn(topWords, debunkingWords), countIn(all, debunkingWords) * per100, countIn(topWords, denyingWords),
    countIn(lead, debunkingWords),
  ];
}

/** The hand-made part of the model's input for one claim against one evidence text, in `featureNames` order. */
export function stanceFeatures(claim: PreparedClaim, evidence: PreparedEvidence, top: RankedSentence[], idf: IdfTable | null): number[] {
  return [...overlapFeatures(claim, evidence, top, idf), ...cueFeatures(claim, evidence, top)];
}

/** The evidence's lead, the first two sentences, where a report states its position. */
export function leadText(evidence: PreparedEvidence): string {
  return evidence.sentences.slice(0, 2).map((sentence) => sentence.text).join(' ');
}

/** The trees' whole input: the hand-made features, then the wording model's class probabilities. */
export function modelInput(claim: PreparedClaim, evidence: PreparedEvidence, model: StanceModel): number[] {
  const top = topSentences(claim, evidence);
  const features = stanceFeatures(claim, evidence, top, model.idf);
  if (!model.lexical) return features;
  const closest = relevantSentences(claim.vector, evidence, 5);
  return [...features, ...lexicalProbabilities(model.lexical, lexicalBuckets(closest, leadText(evidence), model.lexical.buckets))];
}

