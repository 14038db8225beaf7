import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';
import { identitiesCompatible, identityRuledOut, openingIdentity } from '../../lib/facts/identities';
import { tokenize } from '../../lib/facts/tokens';

const victimsOf = (text: string) => readFacts(text).victims.map(({ key, text: words }) => [key, words]);

describe('readFacts victims', () => {
  it.each([
    ['Gunmen killed a shepherd on the hill road.', 'civilian', 'killed a shepherd'],
    ['The man shot at the well was a farmer.', 'civilian', 'was a farmer'],
    ['The raid killed a member of an armed group.', 'militia member', 'killed a member of an armed group'],
    ['The dead man was a member of a pro-government militia.', 'militia member', 'was a member of a pro-government militia'],
    ['Police said the victim was one of the members of the army.', 'soldier', 'victim was one of the members of the army'],
    ['Guards shot dead a rebel fighter at the gate.', 'fighter', 'dead a rebel fighter'],
    ['The man killed near the ford on Sunday, when villagers stopped the convoy, was a militant.', 'fighter', 'was a militant'],
  ])('"%s" names a %s', (text, key, words) => {
    expect(victimsOf(text)).toContainEqual([key, words]);
  });

  it('skips an identity the text denies and keeps the one it asserts', () => {
    expect(victimsOf('The victim was not a fighter but a shepherd.')).toEqual([['civilian', 'victim was not a fighter but a shepherd']]);
    expect(victimsOf('The dead man was never a soldier.')).toEqual([]);
  });

  it('reads no identity from "member of" a group that is not armed', () => {
    expect(victimsOf('The man killed was a member of the chess club.')).toEqual([]);
  });
});

describe('identity keys', () => {
  it.each([
    ['civilian', 'child', true],
    ['militia member', 'fighter', true],
    ['civilian', 'militia member', false],
    ['civilian', 'soldier', false],
    ['soldier', 'fighter', false],
  ])('%s and %s compatible: %s', (a, b, compatible) => {
    expect(identitiesCompatible(a, b)).toBe(compatible);
  });

  it('rules out the same identity, and any civilian after "not a civilian"', () => {
    expect(identityRuledOut('civilian', 'journalist')).toBe(true);
    expect(identityRuledOut('journalist', 'civilian')).toBe(false);
    expect(identityRuledOut('fighter', 'fighter')).toBe(true);
  });

  it('finds the identity a denial opens with, not one after a verb', () => {
    expect(openingIdentity(tokenize('a regular soldier'))?.key).toBe('soldier');
    expect(openingIdentity(tokenize('shoot a civilian'))).toBeNull();
  });
});
