import { cueFeatures, featureRoom, pairedCueFeatures, withPrevious } from '../lib/extract/cue-features';
import { readQuotedDocument } from '../lib/extract/apostrophe-quotes';
import type { ExtractDocument } from '../lib/extract/document';
import { cueLabels, skipsCueModel } from '../lib/extract/tag-cues';
import { decodeLabels } from '../lib/extract/viterbi';
import type { AveragedPerceptron } from './train-attribution-perceptron';
import type { LabelledArticle, Piece } from './train-attribution-corpus';

/** One article read for training: its gold cue tags and, per attribution, its cue and role labels. */
export interface Example {
  doc: ExtractDocument;
  cueTags: string[];
  isCue: Uint8Array;
  attributions: Array<{ first: number; last: number; roles: string[] }>;
}

/** Token indices of a document that overlap any of the pieces, in order. */
export function tokensIn(doc: ExtractDocument, pieces: Piece[]): number[] {
  const found = new Set<number>();
  for (const piece of pieces) {
    let low = 0;
    let high = doc.tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (doc.tokens[middle].end <= piece.start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < doc.tokens.length && doc.tokens[i].start < piece.end; i++) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

/** Reads an article and tags its tokens with the gold cues (B/I/O) and, per attribution, its source (S) and content (C). */
export function toExample(article: LabelledArticle): Example {
  const doc = readQuotedDocument(article.text);
  const cueTags = doc.tokens.map(() => 'O');
  const isCue = new Uint8Array(doc.tokens.length);
  const attributions = article.gold.flatMap((gold) => {
    const cue = tokensIn(doc, gold.cue);
    if (cue.length === 0) return [];
    cue.forEach((i) => {
      cueTags[i] = isCue[i - 1] && cueTags[i - 1] !== 'O' ? 'I' : 'B';
      isCue[i] = 1;
    });
    const roles = doc.tokens.map(() => 'O');
    tokensIn(doc, gold.content).forEach((i) => (roles[i] = 'C'));
    tokensIn(doc, gold.source).forEach((i) => (roles[i] = 'S'));
    return [{ first: cue[0], last: cue[cue.length - 1] + 1, roles }];
  });
  return { doc, cueTags, isCue, attributions };
}

const features = new Uint32Array(featureRoom);
const paired = new Uint32Array(pairedCueFeatures);

/**
 * One structured-perceptron pass of the cue tagger over an article: each sentence is tagged as
 * tagCues does, and weight moves from the guessed tags (after their own previous tags) to the gold.
 */
export function trainCues(model: AveragedPerceptron, example: Example): void {
  const { doc } = example;
  const featuresOf = (t: number, previous: number) => withPrevious(paired, pairedCueFeatures, previous, 51, features, cueFeatures(doc, t, features, paired));
  const score = (t: number, previous: number, out: Float64Array) => model.scores(features, featuresOf(t, previous), out);
  const skips = (t: number) => skipsCueModel(doc.tokens[t]);
  for (const sentence of doc.sentences) {
    const guessed = decodeLabels(sentence.first, sentence.last, skips, () => false, score);
    model.tick();
    let [goldBefore, guessBefore] = [0, 0];
    for (let t = sentence.first; t < sentence.last; t++) {
      const gold = skips(t) ? 0 : cueLabels.indexOf(example.cueTags[t]);
      const guess = guessed[t - sentence.first];
      if (!skips(t) && (gold !== guess || goldBefore !== guessBefore)) {
        model.adjust(features, featuresOf(t, goldBefore), gold, 1);
        model.adjust(features, featuresOf(t, guessBefore), guess, -1);
      }
      [goldBefore, guessBefore] = [gold, guess];
    }
  }
}

/** The items in an order fixed by the seed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

