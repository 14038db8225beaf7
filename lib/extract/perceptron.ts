/** A linear multi-class model: per feature, one weight for each label. */
export interface LinearModel {
  labels: string[];
  weights: Record<string, number[]>;
}

/**
 * The label whose weights, summed over the active features, score highest
 * (the first label on ties, so a model that knows nothing answers its first label).
 */
export function predictLabel(model: LinearModel, features: string[]): number {
  const scores = new Float64Array(model.labels.length);
  for (const feature of features) {
    const row = model.weights[feature];
    if (row === undefined) continue;
    for (let label = 0; label < row.length; label++) scores[label] += row[label];
  }
  let best = 0;
  for (let label = 1; label < scores.length; label++) if (scores[label] > scores[best]) best = label;
  return best;
}
