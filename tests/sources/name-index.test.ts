import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../lib/sources/name-index';
import type { NameFacts } from '../../lib/sources/source-registry';

/** Facts of a made-up name, as source-registry works them out, for the fields the index reads. */
function facts(name: string, more: Partial<NameFacts> = {}): NameFacts {
  const words = name.split(' ');
  const key = name.toLowerCase();
  const head = words[words.length - 1].toLowerCase();
  const initials = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return { key, words, isPerson: false, surname: '', initials, acronym: null, spacedKey: ` ${key} `, spacedHead: ` ${head} `, head, generic: false, unit: false, ...more };
}

describe('NameIndex', () => {
  const index = new NameIndex();
  index.add(facts('Northern Rights Observatory'), 0);
  index.add(facts('NRO', { acronym: 'NRO' }), 1);
  index.add(facts('Lena Marsh', { isPerson: true, surname: 'marsh' }), 2);
  index.add(facts('the harbour authority'), 3);
  index.add(facts('Operation Granite Shield'), 4);

  it.each([
    ['a name and its initials', facts('Northern Rights Observatory'), [4, 1, 0]],
    ['an acronym', facts('NRO', { acronym: 'NRO' }), [4, 1, 0]],
    ['a surname', facts('Marsh'), [4, 2]],
    ['the last words of a name', facts('Rights Observatory'), [4, 0]],
    ['a common noun heading a name', facts('authority', { generic: true }), [4, 3]],
  ])('offers the entries %s can match, newest first', (_case, mention, expected) => {
    expect(index.candidates(mention)).toEqual(expected);
  });

  it('offers only the operations for a name it has not filed', () => {
    expect(index.candidates(facts('Kestrel'))).toEqual([4]);
  });
});
