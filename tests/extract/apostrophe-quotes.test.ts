import { describe, expect, it } from 'vitest';
import { quotesForApostrophes } from '../../lib/extract/apostrophe-quotes';
import { onlyAttribution } from './only-attribution';

describe('quotesForApostrophes', () => {
  it.each([
    ["''We will rebuild,'' she said.", '\uFEFF"We will rebuild,"\uFEFF she said.'],
    ["He called it (''a mess'') twice.", 'He called it (\uFEFF"a mess"\uFEFF) twice.'],
    ["The mayor's plan, the town's budget.", "The mayor's plan, the town's budget."],
  ])('%s', (text, expected) => {
    expect(quotesForApostrophes(text)).toBe(expected);
    expect(quotesForApostrophes(text)).toHaveLength(text.length);
  });
});

describe('claims quoted with doubled apostrophes', () => {
  it('reads the quotation and keeps the text as given in every span', () => {
    const text = "''The bridge will reopen before the winter,'' the mayor told reporters on Monday.";
    const found = onlyAttribution(text);
    expect(found.cue.text).toBe('told');
    expect(found.source?.text).toBe('the mayor');
    expect(found.content.text).toContain("The bridge will reopen before the winter,''");
    expect(text.slice(found.content.start, found.content.end)).toBe(found.content.text);
  });
});
