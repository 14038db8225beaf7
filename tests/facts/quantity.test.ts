import { describe, expect, it } from 'vitest';
import { readQuantity } from '../../lib/facts/quantity';
import { tokenize } from '../../lib/facts/tokens';

const read = (words: string) => {
  const amount = readQuantity(tokenize(words), 0);
  return amount && [amount.min, amount.max];
};

describe('readQuantity', () => {
  it.each([
    ['seven', [7, 7]],
    ['twenty-one', [21, 21]],
    ['forty two', [42, 42]],
    ['a hundred', [100, 100]],
    ['three hundred and twelve', [312, 312]],
    ['1,250', [1250, 1250]],
    ['2 million', [2_000_000, 2_000_000]],
    ['a', [1, 1]],
    ['no', [0, 0]],
    ['at least two', [2, null]],
    ['more than 30', [31, null]],
    ['over a dozen', [13, null]],
    ['up to five', [0, 5]],
    ['fewer than ten', [0, 9]],
    ['nearly 50', [40, 49]],
    ['about 100', [80, 120]],
    ['three to five', [3, 5]],
    ['between 10 and 20', [10, 20]],
    ['two or three', [2, 3]],
    ['dozens of', [24, 199]],
    ['a few', [2, 5]],
    ['several', [3, 9]],
    ['hundreds of', [200, 1999]],
    ['the', null],
    ['soldiers', null],
  ])('%s', (words, expected) => {
    expect(read(words)).toEqual(expected);
  });
});
