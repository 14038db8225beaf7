import { describe, expect, it } from 'vitest';
import { embeddedAcronym, initials, nameWords, personName, surname } from '../../lib/sources/normalize-name';

describe('personName', () => {
  it.each([
    ['Colonel Anna Berg', 'Anna Berg'],
    ['the spokesman for the alliance, Major Tomas Ek', 'Tomas Ek'],
    ['Interior Minister Lars Holm', 'Lars Holm'],
    ['regional broadcaster Kanal', 'Kanal'],
    ['the Northern Monitor for Civil Rights', null],
    ['the Popular Defence Forces', null],
    ['the Harbour Authority', null],
    ['Operation Granite Shield', null],
    ['officials', null],
    ['Farmers around Kestra', null],
    ['traders near Kestra', null],
  ])('%s -> %s', (name, expected) => {
    expect(personName(name)).toBe(expected);
  });
});

describe('name helpers', () => {
  it('drops the article and the possessive', () => {
    expect(nameWords('the ministry’s')).toEqual(['ministry']);
  });
  it('spells initials of the capitalised words', () => {
    expect(initials('Northern Monitor for Civil Rights')).toBe('NMCR');
  });
  it('finds a surname past a generational suffix', () => {
    expect(surname('Pablo R. Vega Jr.')).toBe('vega');
  });
});

describe('embeddedAcronym', () => {
  it.each([
    ['the country’s state-run KNA news agency', 'KNA'],
    ['state broadcaster RTV', 'RTV'],
    ['the Northern Monitor', null],
    ['NMCR', null],
  ])('%s -> %s', (name, expected) => {
    expect(embeddedAcronym(name)).toBe(expected);
  });
});
