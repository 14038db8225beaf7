import { describe, expect, it } from 'vitest';
import { givenName } from '../../lib/sources/given-name';

describe('givenName', () => {
  it.each([
    ['One of them, a fruit seller who gave his name as Hamid,', 'Hamid'],
    ['Another neighbour, who gave only his first name, Bekir,', 'Bekir'],
    ['a nurse who gave her full name as Lina Sabri', 'Lina Sabri'],
    ['A driver identified only as Sami', 'Sami'],
    ['a teacher, identified by her first name, Rima,', 'Rima'],
    // No name given: the description stays the speaker.
    ['a resident who asked not to be named', null],
    ['a farmer who gave his account to the court', null],
    ['a driver identified as the owner of the van', null],
  ])('%s -> %s', (mention, expected) => {
    expect(givenName(mention)).toBe(expected);
  });

  it('answers at once on a long hostile mention', () => {
    expect(givenName(`${'gave his name as '.repeat(5000)}x`)).toBeNull();
  });
});
