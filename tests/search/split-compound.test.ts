import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../lib/search/split-compound';
import { runTogetherTags, splitRunTogetherTags } from '../../lib/search/tag-words';
import { tokenize } from '../../lib/search/tokenize';

/** Document frequencies of a made-up index of 1,000 claims. */
const frequencies = new Map([
  ['tent', 12], ['citi', 40], ['harbour', 5], ['festiv', 9], ['kite', 3], ['water', 30], ['poison', 4], ['bottl', 6], ['sale', 20],
]);
const frequency = (term: string) => frequencies.get(term) ?? 0;

describe('splitCompound', () => {
  it.each([
    ['tentcity', ['tent', 'citi']],
    ['kitefestival', ['kite', 'festiv']],
    ['poisonwaterbottles', ['poison', 'water', 'bottl']],
    ['saleonharbour', ['sale', 'harbour']],
  ])('%s -> %j', (run, expected) => {
    expect(splitCompound(run, frequency, 1000)).toEqual(expected);
  });

  it.each([
    ['tentzzzq', 'a piece the index does not know'],
    ['tent', 'too short to hold two words'],
    ['Tentcity', 'not a lowercase run'],
    ['kite2020', 'not letters only'],
    [`tent${'x'.repeat(40)}`, 'longer than any tag worth splitting'],
  ])('leaves %s alone (%s)', (run) => {
    expect(splitCompound(run, frequency, 1000)).toBeNull();
  });
});

describe('splitRunTogetherTags', () => {
  it('finds lowercase hashtags and handles, not camel-cased ones or links', () => {
    const tags = runTogetherTags('Crowds at the #kitefestival and @harbourwatch #TentCity https://x.test/#linkedtag');
    expect([...tags.values()]).toEqual(['kitefestival', 'harbourwatch']);
  });

  it('replaces an unknown tag token by its pieces and keeps every other token', () => {
    const text = 'Smoke over the #tentcity near the harbour';
    const terms = splitRunTogetherTags(tokenize(text.replace('#', '')), text, frequency, 1000).map((token) => token.term);
    expect(terms).toEqual(['smoke', 'tent', 'citi', 'near', 'harbour']);
  });

  it('keeps a tag the index already holds whole', () => {
    const text = 'Queues at the #harbour today';
    const terms = splitRunTogetherTags(tokenize(text.replace('#', '')), text, frequency, 1000).map((token) => token.term);
    expect(terms).toEqual(['queue', 'harbour', 'todai']);
  });
});
