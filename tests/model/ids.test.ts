import { describe, expect, it } from 'vitest';
import { canonicalPageUrl, normalizeClaimText, pageClaimId, stableId } from '../../lib/model/ids';

describe('stableId', () => {
  it('is the same for the same parts and differs when any part differs', () => {
    expect(stableId('x', 'a', 'b')).toBe(stableId('x', 'a', 'b'));
    expect(stableId('x', 'a', 'b')).not.toBe(stableId('x', 'ab'));
    expect(stableId('x', 'a', 'b')).toMatch(/^x-[0-9a-f]{16}$/);
  });

  it('gives distinct ids to ten thousand similar claims', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => stableId('claim', `${i} people were displaced`)));
    expect(ids.size).toBe(10_000);
  });
});

describe('pageClaimId', () => {
  it('ignores the fragment, spacing, case and quote style', () => {
    expect(pageClaimId('http://news.test/a#top', 'The “convoy” stopped')).toBe(
      pageClaimId('http://news.test/a', 'the  "convoy"\nstopped'),
    );
  });

  it('differs between pages', () => {
    expect(pageClaimId('http://news.test/a', 'x')).not.toBe(pageClaimId('http://news.test/b', 'x'));
  });
});

describe('canonicalPageUrl and normalizeClaimText', () => {
  it('keep the query and the words', () => {
    expect(canonicalPageUrl('https://n.test/p?id=4#c2')).toBe('https://n.test/p?id=4');
    expect(normalizeClaimText('  Two ‘fighters’ were  held ')).toBe("two 'fighters' were held");
  });
});
