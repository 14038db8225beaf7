import { cueFeatures, featureRoom } from './cue-features';
import type { ExtractDocument } from './document';
import { predictLabel, type LinearModel } from './perceptron';
import { isPunctuation } from './tokenize';

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

/**
 * Tags tokens `[first, last)` left to right with the cue model and returns the cue ranges
 * found. An inside tag after an outside one starts a new cue. Only the first 400 tokens of
 * a sentence are tagged, and at most 8 cues kept per sentence.
 */
export function tagCues(doc: ExtractDocument, model: LinearModel, first: number, last: number): CueRange[] {
  const cues: CueRange[] = [];
  const features = new Uint32Array(featureRoom);
  let previous = 0;
  let inSentence = 0;
  for (let i = first; i < last; i++) {
    if (i > first && doc.sentenceOf[i] !== doc.sentenceOf[i - 1]) [previous, inSentence] = [0, 0];
    const sentenceStart = doc.sentences[doc.sentenceOf[i]].first;
    if (i - sentenceStart >= maxSentenceTokens || inSentence >= maxCuesPerSentence) continue;
    if (isPunctuation(doc.tokens[i]) && !cuePunctuation.has(doc.tokens[i].text)) {
      previous = 0;
      continue;
    }
    const label = predictLabel(model, features, cueFeatures(doc, i, previous, features));
    if (label === 1 || (label === 2 && previous === 0)) {
      cues.push({ first: i, last: i + 1 });
      inSentence++;
    }
    else if (label === 2) cues[cues.length - 1].last = i + 1;
    previous = label;
  }
  return cues;
}
