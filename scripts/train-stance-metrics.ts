/** The FNC-1 measures shared by eval-stance.ts and train-stance-cv.ts. */
import type { FncLabel } from './train-stance-data';

/** FNC score as a share of the best possible: 0.25 for related/unrelated right, 0.75 more for a related pair's label. */
export function fncScore(gold: FncLabel[], predicted: FncLabel[]): number {
  let score = 0;
  let best = 0;
  gold.forEach((label, i) => {
    best += label === 'unrelated' ? 0.25 : 1;
    if ((label === 'unrelated') === (predicted[i] === 'unrelated')) score += 0.25;
    if (label !== 'unrelated' && label === predicted[i]) score += 0.75;
  });
  return score / best;
}

/** F1 of each class. */
export function f1Table(gold: string[], predicted: string[], classes: string[]): Record<string, number> {
  const table: Record<string, number> = {};
  for (const name of classes) {
    const tp = gold.filter((g, i) => g === name && predicted[i] === name).length;
    const fp = predicted.filter((p, i) => p === name && gold[i] !== name).length;
    const fn = gold.filter((g, i) => g === name && predicted[i] !== name).length;
    table[name] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return table;
}
