import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { isIndependent, sameVoice } from '../../lib/match/independent-claims';
import { samePageMatches } from '../../lib/match/same-page-matches';
import type { PageInfo } from '../../lib/model/page';
import { collectPageClaims } from '../../lib/page/collect-claims';

const page: PageInfo = { url: 'http://localhost/kestra.html', title: 'Kestra ferry', publishedAt: '2026-05-04', siteName: 'The Ledger' };

/** The claims of a page text of our own, as the extension collects them. */
function claimsOf(text: string) {
  return collectPageClaims(page.url, text, extractAttributions(text));
}

describe('sameVoice', () => {
  it.each<[string | null, string | null, boolean]>([
    ['armed opposition group', 'opposition group', true],
    ['Dana Ferro', 'Ferro', true],
    ['Interior Ministry', 'Ministry of Defence', false],
    ['Kestra Monitor', 'Kestra Hospital', false],
    [null, 'Kestra Monitor', false],
  ])('%s / %s -> %s', (a, b, expected) => {
    expect(sameVoice(a, b)).toBe(expected);
  });
});

describe('isIndependent', () => {
  it('does not let a claim nested in another speak for it', () => {
    const claims = claimsOf('According to the Kestra Monitor, the harbour office said the ferry sank with nine aboard.');
    expect(claims.length).toBe(2);
    expect(isIndependent(claims[0], claims[1])).toBe(false);
  });

  it('does not count a quotation set again as a pull quote', () => {
    const claims = claimsOf('“Nine people drowned in front of us,” said Omar Tal, a ferryman.\n\n“Nine people drowned in front of us.”\n\nThe port police said nine people drowned.');
    const tal = claims.find((claim) => claim.attribution.speaker === 'Omar Tal')!;
    const others = claims.filter((claim) => claim !== tal);
    expect(others.filter((other) => isIndependent(tal, other)).map((other) => other.attribution.speaker)).toEqual(['port police']);
  });

  it('counts two parties saying the same thing, and a denial of the same words', () => {
    const claims = claimsOf('The harbour office said nine people drowned when the ferry sank.\n\nThe Kestra Monitor said nine people drowned when the ferry sank.\n\nThe ferry company denied that nine people drowned when the ferry sank.');
    expect(isIndependent(claims[0], claims[1])).toBe(true);
    expect(isIndependent(claims[0], claims[2])).toBe(true);
  });
});

describe('samePageMatches', () => {
  it('never corroborates a party with its own words under another name', () => {
    const claims = claimsOf('An armed opposition group said eleven people were killed at the bridge.\n\nThe opposition group said eleven people were killed at the bridge, among them two boys.');
    expect(samePageMatches(claims, page)).toEqual([[], []]);
  });
});

describe('samePageMatches on a denial in apposition', () => {
  it('sets the party that rejects a claim against the party that made it', () => {
    const claims = claimsOf('Activists said the victims were civilians, a claim the army rejected.');
    const matches = samePageMatches(claims, page);
    expect(claims.map((claim) => claim.attribution.speaker)).toEqual(['Activists', 'army']);
    expect(matches[0]).toMatchObject([{ speaker: 'army', relation: 'contradicts' }]);
    expect(matches[1]).toMatchObject([{ speaker: 'Activists', relation: 'contradicts' }]);
  });

  it('still keeps a denial nested in another claim from speaking for it', () => {
    const claims = claimsOf('According to the Kestra Monitor, the army denied that nine people drowned.');
    expect(samePageMatches(claims, page)).toEqual([[], []]);
  });
});

describe('samePageMatches on a revised toll', () => {
  it('does not set a raised toll against the earlier count as a contradiction', () => {
    const claims = claimsOf('Hospital officials said three people were killed in the shelling.\n\nOn Tuesday the ministry raised the death toll to 14.');
    expect(claims.map((claim) => claim.attribution.cue.text)).toEqual(['said', 'raised']);
    expect(samePageMatches(claims, page).flat().filter((match) => match.relation === 'contradicts')).toEqual([]);
  });
});
