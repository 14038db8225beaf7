import { describe, expect, it } from 'vitest';
import { guessSourceKind } from '../../lib/sources/guess-kind';

describe('guessSourceKind', () => {
  it.each([
    ['the interior ministry', 'government'],
    ['the Foreign Minister', 'government'],
    ['the army', 'military'],
    ['government forces', 'military'],
    ['the coalition spokesman', 'military'],
    ['the news agency', 'news-agency'],
    ['Reuters', 'news-agency'],
    ['state TV', 'state-media'],
    ['the state-run news agency', 'state-media'],
    ['Government media', 'state-media'],
    ['the government-run broadcaster', 'state-media'],
    ['the observatory', 'monitor'],
    ['a rights monitor', 'monitor'],
    ['residents', 'witness'],
    ['two witnesses', 'witness'],
    ['officials', 'unnamed'],
    ['officials in Paris', 'unnamed'],
    ['a source close to the talks', 'unnamed'],
    ['local media', 'unnamed'],
    ['the rebels', 'armed-group'],
    ['a freelance journalist', 'journalist'],
    ['the bakery owner', 'other'],
    ['the local health directorate', 'government'],
    ['the city council', 'government'],
    ['locals', 'witness'],
    ['Rear Admiral Ines Moreau', 'military'],
    ['the coast guard', 'military'],
    ['a local medic', 'witness'],
    ['a local taxi driver', 'witness'],
    ['local police', 'government'],
    ['the UN mission', 'monitor'],
    ['the International Committee of the Red Cross', 'monitor'],
  ] as const)('%s -> %s', (name, kind) => {
    expect(guessSourceKind(name)).toBe(kind);
  });
});

describe('guessSourceKind on media that back a government', () => {
  it('does not make them the government\'s own media', () => {
    expect(guessSourceKind('pro-government media')).not.toBe('state-media');
  });
});
