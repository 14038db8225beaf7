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
    // Three stores, not out.set(own): a builtin call per previous label costs more than the copy.
    out[0] = own[0];
    out[1] = own[1];
    out[2] = own[2];
    addFeatureScores(model, features, count, split.withPrevious(paired, previous, features, count), out);
  };
}

/**
 * The best-scoring labels (0, 1 or 2; 0 is "none") for tokens `[first, last)` by Viterbi search,
 * so a span is not cut short where one word scores low and the words after it score high.
 * Tokens where `restarts` holds are labelled 0 and start the chain afresh, as after a 0; tokens
 * where `forced` holds are labelled 0. A forced token after a forced or restarting one is not
 * scored at all: every labelling passes through it as label 0 after label 0, so its score adds
 * the same amount to every path and decides nothing. (Exactly so for the shipped models: their
 * scores are sums of float32 levels on one binary grid, exact in a double; see LinearModel.)
 */
export function decodeLabels(first: number, last: number, restarts: (t: number) => boolean, forced: (t: number) => boolean, score: LabelScorer): Int8Array {
  const n = last - first;
  const back = backPointers(n * labelCount);
  delta[0] = 0;
  delta[1] = delta[2] = -Infinity;
  for (let t = first; t < last; t++) {
    const row = (t - first) * labelCount;
    if (restarts(t)) {
      const best = argmax(delta);
      back[row] = back[row + 1] = back[row + 2] = best;
      delta[0] = delta[best];
      delta[1] = delta[2] = -Infinity;
    } else {
      const isForced = forced(t);
      // Label 0 after label 0 alone: nothing to decide (the rows of `back` stay 0).
      if (isForced && delta[1] === -Infinity && delta[2] === -Infinity) continue;
      step(t, isForced ? 1 : labelCount, back, row, score);
    }
  }
  const labels = new Int8Array(n);
  let label = argmax(delta);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = label;
    label = back[i * labelCount + label];
  }
  return labels;
}

// Scratch of decodeLabels, which runs to its end before it is called again: typed arrays cost far more
// to create than to use, and the taggers decode once per sentence and once per cue.
const delta = new Float64Array(labelCount);
const next = new Float64Array(labelCount);
const scores = new Float64Array(labelCount);
let backScratch = new Int8Array(1024);

/** Back pointers for `size` entries, all 0 (a forced token's stay so). */
function backPointers(size: number): Int8Array {
  if (backScratch.length < size) backScratch = new Int8Array(Math.max(size, 2 * backScratch.length));
  else backScratch.fill(0, 0, size);
  return backScratch;
}

/** One Viterbi step: the best score of each of the first `labels` labels at token `t` into `delta`, its previous label into `back`. */
function step(t: number, labels: number, back: Int8Array, row: number, score: LabelScorer): void {
  next[0] = next[1] = next[2] = -Infinity;
  for (let previous = 0; previous < labelCount; previous++) {
    const before = delta[previous];
    if (before === -Infinity) continue;
    score(t, previous, scores);
    for (let label = 0; label < labels; label++) {
      const value = before + scores[label];
      if (value > next[label]) {
        next[label] = value;
        back[row + label] = previous;
      }
    }
  }
  delta[0] = next[0];
  delta[1] = next[1];
  delta[2] = next[2];
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
