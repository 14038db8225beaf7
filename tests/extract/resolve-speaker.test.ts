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

  it('leaves a pronoun with nobody before it unresolved', () => {
    expect(new SpeakerContext('').resolve('he')).toEqual({ name: null, kind: 'other' });
  });

  it('reads a description with an acronym as the acronym', () => {
    expect(new SpeakerContext('').resolve('the country’s state-run KNA news agency')).toEqual({ name: 'KNA', kind: 'state-media' });
  });
});
