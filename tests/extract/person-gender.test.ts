import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { nearestPersonBefore } from '../../lib/extract/nearest-person';
import { nameGender, personGender, pronounAsks } from '../../lib/extract/person-gender';

describe('personGender', () => {
  it.each([
    ['Mrs. Okafor arrived late.', 'Okafor', 'female'],
    ['Mr. Okafor arrived late.', 'Okafor', 'male'],
    ['Maria Vance arrived late.', 'Maria', 'female'],
    // An unlisted first name: the pronoun after it tells.
    ['Tove Rask said her office was closed.', 'Tove', 'female'],
    ['Tove Rask said the office was closed.', 'Tove', null],
    // A kinship word a little before the name is someone else's: the sister of Tove Rask is not Rask.
    ['The sister of Tove Rask said the office was closed.', 'Tove', null],
    ['Sister Tove Rask said the office was closed.', 'Tove', 'female'],
  ])('%s', (text, firstWord, expected) => {
    const doc = readDocument(text);
    const first = doc.tokens.findIndex((token) => token.text === firstWord);
    const last = /^(?:Okafor)$/.test(firstWord) ? first + 1 : first + 2;
    expect(personGender(doc, first, last)).toBe(expected);
  });

  it('reads a name or a pronoun on its own', () => {
    expect(nameGender('Peter Lind')).toBe('male');
    expect(nameGender('Tove Rask')).toBe(null);
    expect(pronounAsks('She')).toBe('female');
    expect(pronounAsks('they')).toBe(null);
  });
});

describe('a pronoun passes over a person of the other gender', () => {
  it('finds the nearest person the pronoun can stand for', () => {
    const text = 'Peter Lind arrived first. Maria Vance spoke next. He said nothing.';
    const doc = readDocument(text);
    const he = doc.tokens.findIndex((token) => token.text === 'He');
    expect(nearestPersonBefore(doc, he)).toBe('Peter Lind');
  });

  it.each([
    ['Maria Vance said the raid was planned. He said nothing about the fire.', null],
    ['Peter Lind left early. Maria Vance said the raid was planned. He said nothing about the fire.', 'Peter Lind'],
    ['Maria Vance said the raid was planned. She said the fire was set.', 'Maria Vance'],
  ])('%s', (text, speaker) => {
    const pronoun = extractAttributions(text).find((a) => /^(?:He|She)$/.test(a.source?.text ?? ''));
    expect(pronoun?.speaker).toBe(speaker);
  });
});
