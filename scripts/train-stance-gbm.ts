import { softmax, treeValue, type FlatTree, type TreeEnsemble } from '../lib/stance/boosted-trees';

/** How the ensemble is grown. */
export interface BoostingParams {
  rounds: number;
  depth: number;
  learningRate: number;
  lambda: number;
  minRows: number;
  subsample: number;
  bins: number;
}

interface Binned {
  cuts: number[][];
  bins: Uint8Array[];
}

function quantileCuts(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let b = 1; b < bins; b += 1) {
    const value = sorted[Math.floor((b * sorted.length) / bins)];
    if (cuts.length === 0 || value > cuts[cuts.length - 1]) cuts.push(value);
  }
  return cuts;
}

function binFeatures(rows: number[][], bins: number): Binned {
  const width = rows[0].length;
  const cuts: number[][] = [];
  const binned: Uint8Array[] = [];
  for (let f = 0; f < width; f += 1) {
    const column = rows.map((row) => row[f]);
    const featureCuts = quantileCuts(column, bins);
    cuts.push(featureCuts);
    binned.push(Uint8Array.from(column, (value) => countBelowOrEqual(featureCuts, value)));
  }
  return { cuts, bins: binned };
}

function countBelowOrEqual(cuts: number[], value: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cuts[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

function bestSplit(rows: number[], grad: Float64Array, hess: Float64Array, data: Binned, params: BoostingParams): Split | null {
  let best: Split | null = null;
  let totalG = 0;
  let totalH = 0;
  for (const row of rows) (totalG += grad[row]), (totalH += hess[row]);
  const parent = (totalG * totalG) / (totalH + params.lambda);
  for (let f = 0; f < data.bins.length; f += 1) {
    const size = data.cuts[f].length + 1;
    const g = new Float64Array(size);
    const h = new Float64Array(size);
    const n = new Uint32Array(size);
    const column = data.bins[f];
    for (const row of rows) (g[column[row]] += grad[row]), (h[column[row]] += hess[row]), (n[column[row]] += 1);
    let leftG = 0;
    let leftH = 0;
    let leftN = 0;
    for (let b = 0; b < size - 1; b += 1) {
      (leftG += g[b]), (leftH += h[b]), (leftN += n[b]);
      if (leftN < params.minRows || rows.length - leftN < params.minRows) continue;
      const rightG = totalG - leftG;
      const rightH = totalH - leftH;
      const gain = (leftG * leftG) / (leftH + params.lambda) + (rightG * rightG) / (rightH + params.lambda) - parent;
      if (gain > 1e-6 && (!best || gain > best.gain)) best = { feature: f, bin: b, gain };
    }
  }
  return best;
}

function growTree(rows: number[], grad: Float64Array, hess: Float64Array, data: Binned, params: BoostingParams): FlatTree {
  const tree: FlatTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const grow = (nodeRows: number[], depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1), tree.threshold.push(0), tree.left.push(-1), tree.right.push(-1), tree.value.push(0);
    const split = depth < params.depth ? bestSplit(nodeRows, grad, hess, data, params) : null;
    if (!split) {
      let g = 0;
      let h = 0;
      for (const row of nodeRows) (g += grad[row]), (h += hess[row]);
      tree.value[node] = Number(((-g / (h + params.lambda)) * params.learningRate).toFixed(5));
      return node;
    }
    const column = data.bins[split.feature];
    tree.feature[node] = split.feature;
    tree.threshold[node] = roundUp(data.cuts[split.feature][split.bin]);
    tree.left[node] = grow(nodeRows.filter((row) => column[row] <= split.bin), depth + 1);
    tree.right[node] = grow(nodeRows.filter((row) => column[row] > split.bin), depth + 1);
    return node;
  };
  grow(rows, 0);
  return tree;
}

// Six significant digits keep the JSON small; whole-number cuts (counts) stay exact,
// and only values within a millionth of a cut can change side.
function roundUp(value: number): number {
  if (value === 0) return 0;
  const scale = 10 ** (5 - Math.floor(Math.log10(Math.abs(value))));
  return Math.ceil(value * scale) / scale;
}

/**
 * Trains a softmax gradient-boosted ensemble on feature rows and class indices,
 * with per-row weights; a seeded row sample per round keeps it quick.
 */
export function trainEnsemble(rows: number[][], labels: number[], weights: number[], classes: string[], params: BoostingParams): TreeEnsemble {
  const data = binFeatures(rows, params.bins);
  const k = classes.length;
  const prior = classes.map((_, c) => labels.filter((label) => label === c).length / labels.length);
  const base = prior.map((p) => Math.log(Math.max(p, 1e-6)));
  const scores = rows.map(() => [...base]);
  const trees: FlatTree[][] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let round = 0; round < params.rounds; round += 1) {
    const probabilities = scores.map((row) => softmax(row));
    const sample = rows.map((_, i) => i).filter(() => random() < params.subsample);
    const roundTrees: FlatTree[] = [];
    for (let c = 0; c < k; c += 1) {
      const grad = Float64Array.from(probabilities, (p, i) => (p[c] - (labels[i] === c ? 1 : 0)) * weights[i]);
      const hess = Float64Array.from(probabilities, (p, i) => Math.max(p[c] * (1 - p[c]), 1e-6) * weights[i]);
      roundTrees.push(growTree(sample, grad, hess, data, params));
    }
    trees.push(roundTrees);
    rows.forEach((row, i) => roundTrees.forEach((tree, c) => (scores[i][c] += treeValue(tree, row))));
  }
  return { classes, base: base.map((value) => Number(value.toFixed(5))), trees };
}
