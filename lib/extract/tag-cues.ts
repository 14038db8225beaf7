import { cueFeatures, featureRoom } from './cue-features';
import type { ExtractDocument } from './document';
import { predictLabel, type LinearModel } from './perceptron';

/** A cue as a token range `[first, last)`. */
export interface CueRange {
  first: number;
  last: number;
}

/** Cue tag labels by index: 0 outside, 1 begins a cue, 2 inside a cue. */
export const cueLabels = ['O', 'B', 'I'];

/**
 * Tags tokens `[first, last)` left to right with the cue model and returns the cue ranges
 * found. An inside tag after an outside one starts a new cue.
 */
export function tagCues(doc: ExtractDocument, model: LinearModel, first: number, last: number): CueRange[] {
  const cues: CueRange[] = [];
  const features = new Uint32Array(featureRoom);
  let previous = 0;
  for (let i = first; i < last; i++) {
    if (i > first && doc.sentenceOf[i] !== doc.sentenceOf[i - 1]) previous = 0;
    const label = predictLabel(model, features, cueFeatures(doc, i, previous, features));
    if (label === 1 || (label === 2 && previous === 0)) cues.push({ first: i, last: i + 1 });
    else if (label === 2) cues[cues.length - 1].last = i + 1;
    previous = label;
  }
  return cues;
}
