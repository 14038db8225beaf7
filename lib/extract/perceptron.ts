/**
 * A linear multi-class model over hashed features: feature number `f` adds
 * `levels[weights[(f & mask) * labels.length + label]]` to each label's score.
 * Scores are exact in a double: every level is 0 or a float32 from scale/16129 to (128/127)^2 scale
 * in size, so all are whole multiples of one power of two u and below 2^38 u, as are the offsets
 * (whole numbers); a sum of fewer than 2^15 terms (a 600-token window at 30 features a token is
 * 18,000) stays below 2^53 u. So neither the order of a sum nor leaving out a part common to all
 * the sums compared changes a comparison (decodeLabels relies on it).
 */
export interface LinearModel {
  labels: string[];
  mask: number;
  /** One byte per weight as stored (a quarter of the memory of floats, so lookups stay in cache)... */
  weights: Uint8Array;
  /**
   * ...standing for `levels[byte]`: float32 values kept as doubles, indexed by the unsigned byte
   * (a third faster per lookup than a float32 table indexed by the signed byte plus 128).
   */
  levels: Float64Array;
  /** A score each label starts from, tuned after training to trade precision for recall. */
  offsets: Float64Array;
}

const scratch = new Float64Array(3);

/** Adds to `scores` each label's weights summed over features `[from, to)`. */
export function addFeatureScores(model: LinearModel, features: Uint32Array, from: number, to: number, scores: Float64Array): void {
  const size = model.labels.length;
  const { weights, levels, mask } = model;
  if (size === 3) {
    // Both taggers have three labels: the sums stay in registers while the loop runs (same additions, same order).
    let a = scores[0];
    let b = scores[1];
    let c = scores[2];
    for (let k = from; k < to; k++) {
      const row = (features[k] & mask) * 3;
      a += levels[weights[row]];
      b += levels[weights[row + 1]];
      c += levels[weights[row + 2]];
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
    return;
  }
  for (let k = from; k < to; k++) {
    const row = (features[k] & mask) * size;
    for (let label = 0; label < size; label++) scores[label] += levels[weights[row + label]];
  }
}

/** Writes into `scores` each label's offset plus its weights summed over the first `count` features. */
export function labelScores(model: LinearModel, features: Uint32Array, count: number, scores: Float64Array): void {
  const { offsets } = model;
  // Plain stores, not scores.set(offsets): this runs once per token, and a builtin call costs more than the copy.
  for (let label = 0; label < offsets.length; label++) scores[label] = offsets[label];
  addFeatureScores(model, features, 0, count, scores);
}

/**
 * The label whose weights, summed over the first `count` features, score highest
 * (the first label on ties, so a model that knows nothing answers its first label).
 */
export function predictLabel(model: LinearModel, features: Uint32Array, count: number): number {
  const size = model.labels.length;
  const scores = size === 3 ? scratch : new Float64Array(size);
  labelScores(model, features, count, scores);
  let best = 0;
  for (let label = 1; label < size; label++) if (scores[label] > scores[best]) best = label;
  return best;
}

/** A model as it ships in JSON (see decodeModel). */
export interface StoredModel {
  labels: string[];
  bits: number;
  scale: number;
  weights: string;
  offsets?: number[];
}

/**
 * Decodes weights stored as base64 signed bytes (how the model ships in JSON): byte q stands
 * for scale * sign(q) * (q / 127)^2 rounded to a float32, which keeps small weights apart.
 */
export function decodeModel(stored: StoredModel): LinearModel {
  const binary = atob(stored.weights);
  const weights = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = binary.charCodeAt(i);
  const levels = new Float64Array(256);
  for (let byte = 0; byte < 256; byte++) {
    const q = byte < 128 ? byte : byte - 256;
    levels[byte] = Math.fround(Math.sign(q) * (q / 127) ** 2 * stored.scale);
  }
  const offsets = Float64Array.from(stored.labels, (_, label) => stored.offsets?.[label] ?? 0);
  return { labels: stored.labels, mask: (1 << stored.bits) - 1, weights, levels, offsets };
}
