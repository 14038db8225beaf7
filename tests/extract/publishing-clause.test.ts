import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { pastPublishingClause } from '../../lib/extract/publishing-clause';
import { cueAt } from './cue-at';

describe('pastPublishingClause', () => {
  it.each([
    ['The ministry said in a statement carried by the state news agency that the road was open.', 'said in a statement', 'that the road was open .'],
    ['The group said in a video released on Monday that it held the town.', 'said in a video', 'that it held the town .'],
    // No "that" closes the clause: the claim is left as it was drawn.
    ['The ministry said in a statement carried by the agency.', 'said in a statement', 'carried by the agency .'],
    // Not a publishing participle.
    ['The ministry said in a statement troops fired first.', 'said in a statement', 'troops fired first .'],
  ])('%s', (text, cueWords, claim) => {
    const { doc, cue } = cueAt(text, cueWords);
    const first = pastPublishingClause(doc, cue, cue.last, doc.tokens.length);
    expect(doc.tokens.slice(first).map((token) => token.text).join(' ')).toBe(claim);
  });
});

describe('extraction: a statement carried by an outlet', () => {
  it('starts the claim at "that"', () => {
    const found = extractAttributions('The ministry said in a statement carried by the state news agency that its forces had repelled the attack.');
    expect(found.map((a) => a.content.text)).toEqual(['that its forces had repelled the attack']);
  });
});
