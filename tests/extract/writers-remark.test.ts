import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

function claims(text: string): string[] {
  return extractAttributions(text).map((attribution) => attribution.content.text);
}

describe('a claim ends before the writer\'s remark on how it was made', () => {
  it.each([
    ['State television reported that gunmen had attacked the convoy, without giving a toll.', ['that gunmen had attacked the convoy']],
    ['Police said a suspect had been arrested, but gave no details.', ['a suspect had been arrested']],
    // What it did not say is its own report.
    ['The ministry said the strike hit a depot, but did not say how it knew.', ['the strike hit a depot', 'how it knew']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // "without" inside the claim itself stays.
    ['The minister said the plan would be paid for, without raising taxes.', ['the plan would be paid for, without raising taxes']],
  ])('keeps %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
