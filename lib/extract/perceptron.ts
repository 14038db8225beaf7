/**
 * A linear multi-class model over hashed features: feature number `f` adds
 * `levels[weights[(f & mask) * labels.length + label] + 128]` to each label's score.
 */
export interface LinearModel {
  labels: string[];
  mask: number;
  /** One byte per weight (a quarter of the memory of floats, so lookups stay in cache)... */
  weights: Int8Array;
  /** ...standing for `levels[byte + 128]`. */
  levels: Float32Array;
}

const scratch = new Float64Array(3);

/**
 * The label whose weights, summed over the first `count` features, score highest
 * (the first label on ties, so a model that knows nothing answers its first label).
 */
export function predictLabel(model: LinearModel, features: Uint32Array, count: number): number {
  const size = model.labels.length;
  const { weights, levels, mask } = model;
  const scores = size === 3 ? scratch : new Float64Array(size);
  scores.fill(0);
  for (let k = 0; k < count; k++) {
    const row = (features[k] & mask) * size;
    for (let label = 0; label < size; label++) scores[label] += levels[weights[row + label] + 128];
  }
  let best = 0;
  for (let label = 1; label < size; label++) if (scores[label] > scores[best]) best = label;
  return best;
}

/**
 * Decodes weights stored as base64 signed bytes (how the model ships in JSON): byte q stands
 * for scale * sign(q) * (q / 127)^2, which keeps small weights apart.
 */
export function decodeModel(stored: { labels: string[]; bits: number; scale: number; weights: string }): LinearModel {
  const binary = atob(stored.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = binary.charCodeAt(i);
  const levels = new Float32Array(256);
  for (let byte = -128; byte < 128; byte++) levels[byte + 128] = Math.sign(byte) * (byte / 127) ** 2 * stored.scale;
  return { labels: stored.labels, mask: (1 << stored.bits) - 1, weights, levels };
}
