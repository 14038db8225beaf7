/**
 * A linear multi-class model over hashed features: feature number `f` adds
 * `weights[(f & mask) * labels.length + label]` to each label's score.
 */
export interface LinearModel {
  labels: string[];
  mask: number;
  weights: Float32Array;
}

/**
 * The label whose weights, summed over the first `count` features, score highest
 * (the first label on ties, so a model that knows nothing answers its first label).
 */
export function predictLabel(model: LinearModel, features: Uint32Array, count: number): number {
  const size = model.labels.length;
  let best = 0;
  let bestScore = -Infinity;
  for (let label = 0; label < size; label++) {
    let score = 0;
    for (let k = 0; k < count; k++) score += model.weights[(features[k] & model.mask) * size + label];
    if (score > bestScore) [best, bestScore] = [label, score];
  }
  return best;
}

/**
 * Decodes weights stored as base64 signed bytes (how the model ships in JSON): byte q stands
 * for scale * sign(q) * (q / 127)^2, which keeps small weights apart.
 */
export function decodeModel(stored: { labels: string[]; bits: number; scale: number; weights: string }): LinearModel {
  const bytes = Uint8Array.from(atob(stored.weights), (char) => char.charCodeAt(0));
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const q = ((bytes[i] << 24) >> 24) / 127;
    weights[i] = Math.sign(q) * q * q * stored.scale;
  }
  return { labels: stored.labels, mask: (1 << stored.bits) - 1, weights };
}
