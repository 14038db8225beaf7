import { describe, expect, it } from 'vitest';
import { porterStem } from '../../lib/search/porter-stemmer';

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['agreed', 'agre'], ['plastered', 'plaster'],
    ['motoring', 'motor'], ['hopping', 'hop'], ['filing', 'file'], ['happy', 'happi'], ['relational', 'relat'],
    ['conditional', 'condit'], ['digitizer', 'digit'], ['hopefulness', 'hope'], ['electrical', 'electr'],
    ['adjustment', 'adjust'], ['adoption', 'adopt'], ['effective', 'effect'], ['generalizations', 'gener'],
    ['killed', 'kill'], ['killing', 'kill'], ['shelling', 'shell'], ['controll', 'control'], ['rate', 'rate'],
  ])('%s -> %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('leaves short words, numbers and non-ASCII words unchanged', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('2020')).toBe('2020');
    expect(porterStem('qamişli')).toBe('qamişli');
  });
});
