import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { pastPossessedSubject } from '../../lib/extract/possessed-subject';
import { extractAttributions } from '../../lib/extract/index';

function cueText(text: string, from: string, length: number): string {
  const doc = readDocument(text);
  const first = doc.tokens.findIndex((token) => token.lower === from);
  const cue = pastPossessedSubject(doc, { first, last: first + length });
  return doc.tokens.slice(cue.first, cue.last).map((token) => token.text).join(' ');
}

describe('pastPossessedSubject', () => {
  it.each([
    ['Her lawyer denies that the money was hers.', 'lawyer', 2, 'denies'],
    ['Their union claimed the strike was legal.', 'union', 2, 'claimed'],
    ['His claim that the road was open was false.', 'claim', 1, 'claim'],
    ['The family disputes that account.', 'family', 2, 'family disputes'],
  ])('%s', (text, from, length, expected) => {
    expect(cueText(text, from, length)).toBe(expected);
  });

  it('gives the whole possessive phrase as the source', () => {
    const found = extractAttributions('The council has reported that the mayor resigned. His brother disputes that.');
    expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([
      ['has reported', 'The council'],
      ['disputes', 'His brother'],
    ]);
  });
});
