import { cueFeatures, featureRoom, pairedCueFeatures, withPrevious } from './cue-features';
import type { ExtractDocument } from './document';
import type { LinearModel } from './perceptron';
import { isPunctuation, type Token } from './tokenize';
import { decodeLabels, linearScorer, type LabelScorer } from './viterbi';

/** A cue as a token range `[first, last)`. */
export interface CueRange {
  first: number;
  last: number;
}

/** Cue tag labels by index: 0 outside, 1 begins a cue, 2 inside a cue. */
export const cueLabels = ['O', 'B', 'I'];

// Prose never needs more: a longer "sentence" or a denser run of cues is hostile or broken
// text, and these bounds keep the work linear in it.
const maxSentenceTokens = 400;
const maxCuesPerSentence = 8;
// The only marks that ever act as cues ("Name: words", "— Name"); others skip the model.
const cuePunctuation = new Set([':', '—', '―', '–']);

/** True for a punctuation mark the cue model never tags: it stays outside and the next token starts afresh. */
export function skipsCueModel(token: Token): boolean {
  return isPunctuation(token) && !cuePunctuation.has(token.text);
}

/** Scores each tag of a token after each previous tag, computing the token's own features once. */
export function cueScorer(doc: ExtractDocument, model: LinearModel): LabelScorer {
  return linearScorer(model, {
    room: featureRoom,
    pairedRoom: pairedCueFeatures,
    own: (t, features, paired) => cueFeatures(doc, t, features, paired),
    withPrevious: (paired, previous, features, count) => withPrevious(paired, pairedCueFeatures, previous, 51, features, count),
  });
}

/** Cue ranges of tags `labels` for tokens from `from`: an inside tag after an outside one starts a cue. */
function cuesOf(labels: Int8Array, from: number): CueRange[] {
  const cues: CueRange[] = [];
  labels.forEach((label, k) => {
    if (label === 1 || (label === 2 && (k === 0 || labels[k - 1] === 0))) cues.push({ first: from + k, last: from + k + 1 });
    else if (label === 2) cues[cues.length - 1].last = from + k + 1;
  });
  return cues;
}

/**
 * Tags tokens `[first, last)` sentence by sentence with the cue model (the best-scoring tagging
 * of each sentence) and returns the cue ranges found. Only the first 400 tokens of a sentence
 * are tagged, and at most 8 cues kept per sentence.
 */
export function tagCues(doc: ExtractDocument, model: LinearModel, first: number, last: number): CueRange[] {
  const cues: CueRange[] = [];
  if (first >= last) return cues;
  const score = cueScorer(doc, model);
  const skips = (t: number) => skipsCueModel(doc.tokens[t]);
  for (let s = doc.sentenceOf[first]; s < doc.sentences.length && doc.sentences[s].first < last; s++) {
    const sentence = doc.sentences[s];
    const from = Math.max(first, sentence.first);
    const to = Math.min(last, sentence.last, sentence.first + maxSentenceTokens);
    if (from < to) cues.push(...cuesOf(decodeLabels(from, to, skips, () => false, score), from).slice(0, maxCuesPerSentence));
  }
  return cues;
}
