import { describe, expect, it } from 'vitest';
import { findNamedKinds, kindOfNamedParty } from '../../lib/sources/named-kinds';

describe('findNamedKinds', () => {
  it('reads the kind the text gives a name by the noun after it', () => {
    const kinds = findNamedKinds('The army blamed the Dawn Front militia. Later the Valley Courier newspaper ran the story.');
    expect(Object.fromEntries(kinds)).toEqual({ 'Dawn Front': 'armed-group', 'Valley Courier': 'news-agency' });
  });

  it('leaves out one capitalised word that opens a sentence', () => {
    expect(findNamedKinds('Rebel forces fired. Local forces replied.').size).toBe(0);
  });

  it('stays bounded on a huge text', () => {
    const kinds = findNamedKinds('Aa Bb militia '.repeat(200_000));
    expect(kinds.size).toBeLessThanOrEqual(200);
  });
});

describe('kindOfNamedParty', () => {
  const kinds = new Map([['Dawn Front', 'armed-group' as const]]);
  it.each([
    ['A spokesman for the Dawn Front', 'armed-group'],
    ['A spokesman for the Dawn Frontier Party', null],
    ['The mayor', null],
  ])('%s -> %s', (mention, expected) => {
    expect(kindOfNamedParty(mention, kinds)).toBe(expected);
  });
});
