import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { pastPrepositionalLead } from '../../lib/extract/prepositional-lead';

/** The run from the first token up to `endWord` (excluded), as the function leaves it. */
function lead(text: string, firstWord: string, endWord: string): string | null {
  const doc = readDocument(text);
  const first = doc.tokens.findIndex((token) => token.text === firstWord);
  const last = doc.tokens.findIndex((token, i) => i > first && token.text === endWord);
  const run = pastPrepositionalLead(doc, first, last);
  return run && doc.tokens.slice(run[0], run[1]).map((token) => token.text).join(' ');
}

describe('pastPrepositionalLead', () => {
  it.each([
    // A possessive after the preposition speaks through the noun cue that follows.
    ['In her statement condemning the raid, the mayor spoke of grief.', 'In', 'statement', 'her'],
    ['Despite Lind’s denial of the charge, the board voted.', 'Despite', 'denial', 'Lind’s'],
    ['They answered for the council’s attacks on the plan.', 'for', 'attacks', 'the council’s'],
    // At a sentence's start a comma closes the adverbial; the subject follows it.
    ['Like the mayor, she said the bridge was unsafe.', 'Like', 'said', 'she'],
    ['Of the two plans, Ada Vey, who drafted one, said it was cheaper.', 'Of', 'said', 'Ada Vey , who drafted one ,'],
    // A run that opens the sentence with nothing else is the adverbial alone.
    ['In a busy year expected by most, the vote came late.', 'In', 'expected', null],
    // Mid-sentence it may be the tail of a longer noun phrase: left alone.
    ['A majority of voters said the plan was fair.', 'of', 'said', 'of voters'],
    // Words that may open a source are not touched.
    ['Among aides, the mood was grim.', 'Among', 'the', 'Among aides ,'],
  ])('%s', (text, firstWord, endWord, expected) => {
    expect(lead(text, firstWord, endWord)).toBe(expected);
  });
});

describe('extraction: a source never opens with an adverbial preposition', () => {
  it.each([
    ['Like the harbour master, she said the port was closed.', 'she'],
    ['In her statement condemning the raid, the mayor called for calm.', 'her'],
  ])('%s', (text, source) => {
    const sources = extractAttributions(text).map((attribution) => attribution.source?.text);
    expect(sources).toContain(source);
    for (const found of sources) expect(found ?? '').not.toMatch(/^(?:Like|In)\b/);
  });
});
