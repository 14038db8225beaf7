import { describe, expect, it } from 'vitest';
import { predictProbabilities, type TreeEnsemble } from '../../lib/stance/boosted-trees';

// One round, one leaf per class: the scores are the bases plus these leaves.
const leaf = (value: number) => ({ feature: [-1], threshold: [0], left: [-1], right: [-1], value: [value] });
const ensemble: TreeEnsemble = { classes: ['agree', 'disagree'], base: [0, 0], trees: [[leaf(Math.log(3)), leaf(0)]] };

describe('predictProbabilities', () => {
  it('gives the softmax of the summed scores', () => {
    const [agree, disagree] = predictProbabilities(ensemble, [0]);
    expect(agree).toBeCloseTo(0.75);
    expect(disagree).toBeCloseTo(0.25);
  });

  it('weighs a class up by its scale and renormalises', () => {
    const [agree, disagree] = predictProbabilities({ ...ensemble, scale: [1, 3] }, [0]);
    expect(agree).toBeCloseTo(0.5);
    expect(disagree).toBeCloseTo(0.5);
  });
});
