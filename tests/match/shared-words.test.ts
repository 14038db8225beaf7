import { describe, expect, it } from 'vitest';
import { distinctiveWords, overlappingTexts } from '../../lib/match/shared-words';

describe('distinctiveWords', () => {
  it('keeps words of four letters or more, lower-cased, without the common ones', () => {
    expect([...distinctiveWords('The Ferry sank after it said that the engine failed')]).toEqual(['ferry', 'sank', 'engine', 'failed']);
  });
});

describe('overlappingTexts', () => {
  it('pairs texts that share enough distinctive words, in both directions', () => {
    const texts = [
      'the ferry engine failed near the harbour',
      'the harbour master said the ferry engine was new',
      'rain closed the mountain pass',
    ];
    expect(overlappingTexts(texts, 2)).toEqual([[1], [0], []]);
    expect(overlappingTexts(texts, 4)).toEqual([[], [], []]);
  });

  it('ignores a word every sentence of a long page shares, and still pairs the sentences that share rarer ones', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `statement number${i} about topic${Math.floor(i / 2)} and matter${Math.floor(i / 2)}`);
    const pairs = overlappingTexts(texts, 2);
    expect(pairs[0]).toEqual([1]);
    expect(pairs[4999]).toEqual([4998]);
  });
});
