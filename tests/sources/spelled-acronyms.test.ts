import { describe, expect, it } from 'vitest';
import { SourceRegistry } from '../../lib/sources/source-registry';
import { findSpelledAcronyms } from '../../lib/sources/spelled-acronyms';

describe('findSpelledAcronyms', () => {
  it.each([
    ['The Northern Rights Observatory counted four dead. Later the NRO said six.', [['Northern Rights Observatory', 'NRO']]],
    ['The NRO said six. The Northern Rights Observatory had counted four.', [['Northern Rights Observatory', 'NRO']]],
    ['The Office for Relief and Works said so; the ORW added a line.', [['Office for Relief and Works', 'ORW']]],
    ['The Northern Rights Observatory’s count rose, the NRO said.', [['Northern Rights Observatory', 'NRO']]],
  ])('ties an acronym to the name that spells it: %s', (text, ties) => {
    expect(findSpelledAcronyms(text)).toEqual(ties);
  });

  it.each([
    ['no name spells it', 'The NRO said six people died near the river.'],
    ['two names spell it', 'The Northern Rights Observatory and the National Relief Office disagree; the NRO said six.'],
    ['no acronym is used', 'The Northern Rights Observatory said six people died.'],
  ])('leaves it untied when %s', (_, text) => {
    expect(findSpelledAcronyms(text)).toEqual([]);
  });

  it('reads a 2 MB run of capitalised words and acronyms in bounded time', () => {
    const text = 'Aa Bb Cc ABC Dd of the Ee '.repeat(80_000);
    expect(findSpelledAcronyms(text).length).toBeLessThanOrEqual(1);
  });
});

describe('SourceRegistry with a spelled-out acronym', () => {
  it('files "the NRO" under the monitor named in full earlier, not as a speaker', () => {
    const text = 'The Northern Rights Observatory raised its count on Wednesday. Two soldiers died, the NRO said.';
    expect(new SourceRegistry(text).resolve('the NRO')).toEqual({ name: 'Northern Rights Observatory', kind: 'monitor', aliases: ['NRO'] });
  });
});
