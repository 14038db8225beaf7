import { describe, expect, it } from 'vitest';
import { SpeakerContext } from '../../lib/extract/resolve-speaker';

describe('SpeakerContext', () => {
  it('gives "it" the last singular party and "they" the last plural one', () => {
    const speakers = new SpeakerContext('');
    speakers.resolve('the Northern Monitor');
    speakers.resolve('government forces');
    expect(speakers.resolve('it').name).toBe('Northern Monitor');
    expect(speakers.resolve('they').name).toBe('government forces');
  });

  it('gives "she" the person a role noun named', () => {
    const speakers = new SpeakerContext('');
    speakers.resolve('the mayor');
    expect(speakers.resolve('she').name).toBe('mayor');
  });

  it('prefers the person named nearest before a pronoun', () => {
    const speakers = new SpeakerContext('');
    speakers.resolve('Colonel Anna Berg');
    expect(speakers.resolve('he', () => 'Minister Lars Holm')).toEqual({ name: 'Lars Holm', kind: 'government' });
  });

  it('gives "who" the person named just before it', () => {
    const speakers = new SpeakerContext('');
    expect(speakers.resolve('who', () => 'Rana Idris').name).toBe('Rana Idris');
  });

  it('leaves a pronoun with nobody before it unresolved', () => {
    expect(new SpeakerContext('').resolve('he')).toEqual({ name: null, kind: 'other' });
  });

  it('reads a description with an acronym as the acronym', () => {
    expect(new SpeakerContext('').resolve('the country’s state-run KNA news agency')).toEqual({ name: 'KNA', kind: 'state-media' });
  });

  it('gives a document its issuer', () => {
    const speakers = new SpeakerContext('');
    expect(speakers.resolve('A statement from the interior ministry')).toEqual({ name: 'interior ministry', kind: 'government' });
    expect(speakers.resolve('the report by the Northern Rights Observatory')).toEqual({ name: 'Northern Rights Observatory', kind: 'monitor' });
  });

  it('leaves a relative clause out of the name', () => {
    expect(new SpeakerContext('').resolve('A resident who asked not to be named')).toEqual({ name: 'resident', kind: 'witness' });
  });

  it('gives "the statement" the person who spoke last when no party has', () => {
    const speakers = new SpeakerContext('');
    speakers.resolve('Colonel Rafael Ortega');
    expect(speakers.resolve('the statement').name).toBe('Rafael Ortega');
  });

  it('reads an organisation named in two capitalised words as a party, not a person', () => {
    const speakers = new SpeakerContext('');
    speakers.resolve('The Harbour Authority');
    expect(speakers.resolve('it')).toEqual({ name: 'Harbour Authority', kind: 'government' });
  });
});
