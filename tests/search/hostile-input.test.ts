import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../lib/search/index';
import { tokenize } from '../../lib/search/tokenize';
import { cleanSocialText } from '../../lib/search/clean-social';

describe('hostile input', () => {
  it('indexes ids that look like object keys', () => {
    const index = SearchIndex.create([
      { id: '__proto__', text: 'a claim about a harbour' },
      { id: 'constructor', text: 'a claim about a lighthouse' },
    ]);
    expect(index.search('harbour', 1)[0].id).toBe('__proto__');
    expect(index.remove(['constructor'])).toBe(1);
    expect(index.size).toBe(1);
  });

  it('handles huge, repetitive and unusual text quickly', () => {
    const huge = 'checkpoint '.repeat(200_000);
    const started = performance.now();
    const index = SearchIndex.create([
      { id: 'huge', text: huge, title: '#'.repeat(50_000) },
      { id: 'emoji', text: '🔥🔥 ‮reversed‬ text\u0000with\u0000nulls and 𝓯𝓪𝓷𝓬𝔂 letters' },
      { id: 'empty', text: '' },
    ]);
    expect(index.search(huge, 3).length).toBeGreaterThan(0);
    expect(index.search('fancy letters', 1)[0]?.id).toBe('emoji');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('keeps its patterns linear on inputs built to make regexes backtrack', () => {
    const attacks = [
      `— ${'a'.repeat(100_000)} (@`,
      `${'—'.repeat(50_000)}(@x) May 1, 2020`,
      `#${'aB'.repeat(50_000)}`,
      `https://${'x'.repeat(100_000)}`,
      `${'1,'.repeat(50_000)}1`,
      `${'U.'.repeat(50_000)}`,
    ];
    for (const attack of attacks) {
      const started = performance.now();
      tokenize(cleanSocialText(attack));
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('treats odd limits as asking for nothing or a whole number', () => {
    const index = SearchIndex.create([{ id: 'a', text: 'river flood' }]);
    expect(index.search('flood', -3)).toEqual([]);
    expect(index.search('flood', Number.NaN)).toEqual([]);
    expect(index.search('flood', 2.7).map((result) => result.id)).toEqual(['a']);
  });
});
