import { describe, expect, it } from 'vitest';
import { fuzzyCoverage, spellingLikeness } from '../../lib/search/fuzzy-coverage';
import { neighbourSupport } from '../../lib/search/neighbour-support';
import { SearchIndex } from '../../lib/search/index';
import { featureNames } from '../../lib/search/rerank-features';
import { shippedModel } from '../../lib/search/rerank';
import { knownClaims } from './corpus';

const flatIdf = () => 1;

describe('fuzzyCoverage', () => {
  it.each([
    ['fotograf', 'photograph', 0.4, 0.7],
    ['kristyna', 'krystina', 0.5, 0.8],
    ['harbour', 'harbour', 1, 1],
    ['bridg', 'flood', 0, 0.2],
  ])('spelling likeness of %s and %s is in [%d, %d]', (left, right, low, high) => {
    const likeness = spellingLikeness(left, right);
    expect(likeness).toBeGreaterThanOrEqual(low);
    expect(likeness).toBeLessThanOrEqual(high);
  });

  it('counts exact matches fully, near spellings partly and other words not at all', () => {
    expect(fuzzyCoverage(new Set(['shepherd', 'kill']), new Set(['shepherd', 'kill']), flatIdf)).toBe(1);
    const misspelt = fuzzyCoverage(new Set(['shepherd', 'kristyna']), new Set(['shepherd', 'krystina']), flatIdf);
    expect(misspelt).toBeGreaterThan(0.75);
    expect(misspelt).toBeLessThan(1);
    expect(fuzzyCoverage(new Set(['shepherd', 'bridg']), new Set(['shepherd', 'flood']), flatIdf)).toBe(0.5);
    expect(fuzzyCoverage(new Set(['2020', 'bridg']), new Set(['2021', 'bridg']), flatIdf)).toBe(0.5);
    expect(fuzzyCoverage(new Set(), new Set(['flood']), flatIdf)).toBe(0);
  });
});

describe('neighbourSupport', () => {
  it('scores a candidate by how much the better candidates resemble it', () => {
    const [first, second, stray] = neighbourSupport(
      [
        { terms: ['dam', 'burst', 'flood', 'villag'], score: 10 },
        { terms: ['dam', 'burst', 'flood', 'town'], score: 5 },
        { terms: ['kite', 'festiv'], score: 4 },
      ],
      flatIdf,
    );
    expect(second[0]).toBeCloseTo(0.75, 5);
    expect(second[1]).toBeCloseTo(0.75, 5);
    expect(first[0]).toBeCloseTo(0.375, 5);
    expect(stray).toEqual([0, 0]);
  });

  it('is empty for no candidates', () => {
    expect(neighbourSupport([], flatIdf)).toEqual([]);
  });
});

describe('re-ranking features', () => {
  it('gives the shipped model one value per feature, all finite', () => {
    const index = SearchIndex.create(knownClaims);
    const candidates = index.rankingFeatures('Was the man killed at the checkpoint a civilan shepherd? #talhamis', shippedModel.depth);
    expect(candidates.length).toBeGreaterThan(0);
    for (const { features } of candidates) {
      expect(features).toHaveLength(featureNames.length);
      features.forEach((value) => expect(Number.isFinite(value)).toBe(true));
    }
  });
});
