import { describe, expect, it } from 'vitest';
import { splitHedges } from '../../components/hedge-parts';

const hedged = (parts: ReturnType<typeof splitHedges>) => parts.filter((part) => part.hedge).map((part) => part.text);

describe('splitHedges', () => {
  it.each([
    ['marks a hedge whatever its case', 'Reportedly two men were held', ['reportedly'], ['Reportedly']],
    ['marks every occurrence of every hedge', 'it appeared to be, allegedly, what it appeared to be', ['allegedly', 'appeared to'], ['appeared to', 'allegedly', 'appeared to']],
    ['prefers the longer hedge at the same place', 'they may have fled', ['may', 'may have'], ['may have']],
    ['ignores a hedge inside another word', 'the mayor said nothing', ['may'], []],
    ['ignores empty hedges', 'nothing hedged here', ['', '  '], []],
  ])('%s', (_name, text, hedges, expected) => {
    const parts = splitHedges(text, hedges);
    expect(hedged(parts)).toEqual(expected);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('keeps hostile text whole when lower-casing would shift offsets', () => {
    expect(splitHedges('İstanbul reportedly', ['reportedly'])).toEqual([{ text: 'İstanbul reportedly', hedge: false }]);
  });
});
