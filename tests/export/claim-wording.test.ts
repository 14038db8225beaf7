import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { claimSentence, claimWording } from '../../lib/export/claim-wording';

/** The wording and export sentence of the only claim in a text of our own. */
function worded(text: string) {
  const [attribution] = extractAttributions(text);
  return { ...claimWording(attribution), sentence: claimSentence(attribution) };
}

describe('claimWording keeps the cue with the words', () => {
  it.each([
    [
      'The defence ministry denied that its jets had struck the market.',
      { cue: 'denied', words: 'its jets had struck the market', denies: true, sentence: 'defence ministry denied: "its jets had struck the market"' },
    ],
    [
      'The army rejected claims that its soldiers fired first.',
      { cue: 'rejected claims', words: 'its soldiers fired first', denies: true },
    ],
    [
      '“We fired only after we were fired on,” the colonel said.',
      { cue: 'said', words: 'We fired only after we were fired on', denies: false },
    ],
    [
      'According to the Harbour Authority, four boats sank.',
      { cue: 'according to', words: 'four boats sank', denies: false, sentence: 'According to Harbour Authority: "four boats sank"' },
    ],
    [
      'The harbour is burning — Samir Aziz (@samiraziz) March 4, 2025',
      { cue: 'posted', words: 'The harbour is burning', sentence: 'Samir Aziz posted: "The harbour is burning"' },
    ],
  ])('%s', (text, expected) => {
    expect(worded(text)).toMatchObject(expected);
  });

  it('opens with a hedging adverb that names nobody', () => {
    expect(worded('Four boats reportedly sank overnight.').sentence).toBe('Reportedly: "Four boats reportedly sank overnight"');
  });

  it('names a speaker nobody could resolve as unnamed', () => {
    const [attribution] = extractAttributions('“The boats are gone,” the voice said.');
    expect(claimSentence({ ...attribution, speaker: null })).toBe('An unnamed source said: "The boats are gone"');
  });
});
