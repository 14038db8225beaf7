/**
 * A gradient-boosted tree ensemble for several classes, as shipped in JSON.
 * Each tree is flat: node i splits on `feature[i]` at `threshold[i]` (go left
 * when below), or is a leaf holding `value[i]` when `feature[i]` is -1.
 */
export interface TreeEnsemble {
  classes: string[];
  base: number[];
  /** trees[round][class] */
  trees: FlatTree[][];
  /**
   * Per-class factors on the probabilities, renormalised: a rare class the
   * trees under-call ("disagree") is weighed up by a factor chosen on folds of train.
   */
  scale?: number[];
}

/** One regression tree in flat arrays. */
export interface FlatTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** The value the tree gives a feature vector. */
export function treeValue(tree: FlatTree, features: readonly number[]): number {
  let node = 0;
  for (let depth = 0; depth < 32 && tree.feature[node] !== -1; depth += 1) {
    node = features[tree.feature[node]] < tree.threshold[node] ? tree.left[node] : tree.right[node];
  }
  return tree.value[node];
}

/** Softmax of raw scores into probabilities that sum to 1. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/** Class probabilities, in `ensemble.classes` order, for one feature vector. */
export function predictProbabilities(ensemble: TreeEnsemble, features: readonly number[]): number[] {
  const scores = [...ensemble.base];
  for (const round of ensemble.trees) {
    round.forEach((tree, classIndex) => {
      scores[classIndex] += treeValue(tree, features);
    });
  }
  const probabilities = softmax(scores);
  if (!ensemble.scale) return probabilities;
  const scaled = probabilities.map((value, index) => value * (ensemble.scale?.[index] ?? 1));
  const sum = scaled.reduce((total, value) => total + value, 0);
  return scaled.map((value) => value / sum);
}
