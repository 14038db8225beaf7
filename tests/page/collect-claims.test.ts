import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../lib/model/attribution';
import { collectPageClaims } from '../../lib/page/collect-claims';

const text = 'The mayor said the bridge would reopen on Friday. Engineers said the bridge would reopen on Friday.';

function attribution(start: number, end: number, speaker: string): Attribution {
  return {
    source: null,
    cue: { text: 'said', start: 0, end: 0 },
    content: { text: text.slice(start, end), start, end },
    speaker,
    speakerKind: 'government',
    hedges: [],
    via: null,
  };
}

describe('collectPageClaims', () => {
  const first = attribution(15, 48, 'the mayor');
  const second = attribution(65, 98, 'engineers');

  it('gives each claim a stable id and selectors that quote its content', () => {
    const [claim] = collectPageClaims('http://news.test/bridge#top', text, [first]);
    expect(claim.id).toBe(collectPageClaims('http://news.test/bridge', text, [first])[0].id);
    expect(claim.selectors.quote.exact).toBe('the bridge would reopen on Friday');
    expect(claim.selectors.position).toMatchObject({ start: 15, end: 48 });
  });

  it('keeps words a speaker repeats once, at their first place', () => {
    const echo = attribution(65, 98, 'the mayor');
    const claims = collectPageClaims('http://news.test/bridge', text, [first, echo]);
    expect(claims).toHaveLength(1);
    expect(claims[0].selectors.position.start).toBe(15);
  });

  it('keeps the same words from another speaker as a claim of its own', () => {
    const claims = collectPageClaims('http://news.test/bridge', text, [first, second]);
    expect(claims.map((claim) => claim.attribution.speaker)).toEqual(['the mayor', 'engineers']);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(2);
    expect(claims[0].id).toBe(collectPageClaims('http://news.test/bridge', text, [first])[0].id);
  });
});
