import { describe, expect, it } from 'vitest';
import { onlyAttribution } from './only-attribution';
import { extractAttributions } from '../../lib/extract/index';

// A reporting clause set between commas inside its claim: the content is one span of the text,
// so it runs from the claim's subject to the sentence end with the clause inside (like a split
// quotation), instead of keeping only one half.

describe('a claim around its reporting clause keeps both halves', () => {
  it.each([
    ['The dam, according to the governor, will hold.', 'the governor', 'The dam, according to the governor, will hold'],
    ['The ferry, the harbour master said, will sail at noon.', 'the harbour master', 'The ferry, the harbour master said, will sail at noon'],
    ['The ferry, said the harbour master, will sail at noon.', 'the harbour master', 'The ferry, said the harbour master, will sail at noon'],
    ['The new bridge, officials said on Monday, had been inspected twice.', 'officials', 'The new bridge, officials said on Monday, had been inspected twice'],
    ['The reservoir, according to engineers in Tarvin, remained intact.', 'engineers in Tarvin', 'The reservoir, according to engineers in Tarvin, remained intact'],
  ])('%s', (text, source, content) => {
    expect(onlyAttribution(text)).toMatchObject({ source: { text: source }, content: { text: content } });
  });
});

describe('other layouts are left to the other rules', () => {
  it.each([
    // The clause closes the claim: what follows it says when, not what.
    ['The convoy was ambushed, local media reported, after villagers blocked the road.', 'The convoy was ambushed'],
    // The first half is a clause of its own, so it is the claim.
    ['The ferry left late, the harbour master said, and the ferry after it never sailed.', 'The ferry left late'],
  ])('%s', (text, content) => {
    expect(extractAttributions(text)[0]?.content.text).toBe(content);
  });
});
