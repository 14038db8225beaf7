import { cueFeatures } from './cue-features';
import type { ExtractDocument } from './document';
import { predictLabel, type LinearModel } from './perceptron';

/** A cue as a token range `[first, last)`. */
export interface CueRange {
  first: number;
  last: number;
}

/** Cue tag labels: outside, begins a cue, inside a cue. */
export const cueLabels = ['O', 'B', 'I'];

/**
 * Tags tokens `[first, last)` left to right with the cue model and returns the cue ranges
 * found. An inside tag after an outside one starts a new cue.
 */
export function tagCues(doc: ExtractDocument, model: LinearModel, first: number, last: number): CueRange[] {
  const cues: CueRange[] = [];
  let previous = 'O';
  for (let i = first; i < last; i++) {
    if (i > first && doc.sentenceOf[i] !== doc.sentenceOf[i - 1]) previous = 'O';
    const label = model.labels[predictLabel(model, cueFeatures(doc, i, previous))];
    if (label === 'B' || (label === 'I' && previous === 'O')) cues.push({ first: i, last: i + 1 });
    else if (label === 'I') cues[cues.length - 1].last = i + 1;
    previous = label;
  }
  return cues;
}
