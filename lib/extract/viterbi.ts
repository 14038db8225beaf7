import { addFeatureScores, labelScores, type LinearModel } from './perceptron';

/**
 * Scores of each of three labels for token `t` after a token labelled `previous`, written into
 * `out`. (A callback, so training can score with its own weights.)
 */
export type LabelScorer = (t: number, previous: number, out: Float64Array) => void;

const labelCount = 3;

/**
 * How a tagger computes a token's features in two parts: `own` writes the features of token `t`
 * into `features` (and into `paired` those to tie to the previous label) and returns their count;
 * `withPrevious` appends the paired ones for label `previous` after `count` and returns the new end.
 */
export interface SplitFeatures {
  room: number;
  pairedRoom: number;
  own(t: number, features: Uint32Array, paired: Uint32Array): number;
  withPrevious(paired: Uint32Array, previous: number, features: Uint32Array, count: number): number;
}

/**
 * A LabelScorer over a linear model that computes and scores each token's own features once
 * (Viterbi asks for a token three times in a row, once per previous label) and only its paired
 * features per previous label.
 */
export function linearScorer(model: LinearModel, split: SplitFeatures): LabelScorer {
  const features = new Uint32Array(split.room);
  const paired = new Uint32Array(split.pairedRoom);
  const own = new Float64Array(labelCount);
  let scored = -1;
  let count = 0;
  return (t, previous, out) => {
    if (t !== scored) {
      count = split.own(t, features, paired);
      labelScores(model, features, count, own);
      scored = t;
    }
    out.set(own);
    addFeatureScores(model, features, count, split.withPrevious(paired, previous, features, count), out);
  };
}

/**
 * The best-scoring labels (0, 1 or 2; 0 is "none") for tokens `[first, last)` by Viterbi search,
 * so a span is not cut short where one word scores low and the words after it score high.
 * Tokens where `restarts` holds are labelled 0 and start the chain afresh, as after a 0; tokens
 * where `forced` holds are labelled 0.
 */
export function decodeLabels(first: number, last: number, restarts: (t: number) => boolean, forced: (t: number) => boolean, score: LabelScorer): Int8Array {
  const n = last - first;
  const back = new Int8Array(n * labelCount);
  const scores = new Float64Array(labelCount);
  let delta = Float64Array.of(0, -Infinity, -Infinity);
  let next = new Float64Array(labelCount);
  for (let t = first; t < last; t++) {
    const row = (t - first) * labelCount;
    if (restarts(t)) {
      const best = argmax(delta);
      back.fill(best, row, row + labelCount);
      delta.set([delta[best], -Infinity, -Infinity]);
      continue;
    }
    const labels = forced(t) ? 1 : labelCount;
    next.fill(-Infinity);
    for (let previous = 0; previous < labelCount; previous++) {
      if (delta[previous] === -Infinity) continue;
      score(t, previous, scores);
      for (let label = 0; label < labels; label++) {
        const value = delta[previous] + scores[label];
        if (value > next[label]) [next[label], back[row + label]] = [value, previous];
      }
    }
    [delta, next] = [next, delta];
  }
  const labels = new Int8Array(n);
  let label = argmax(delta);
  for (let i = n - 1; i >= 0; i--) [labels[i], label] = [label, back[i * labelCount + label]];
  return labels;
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
