import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { findVia, sourceBeforeCiting } from '../../lib/extract/via';

function viaOf(text: string, cueWord: string): string | null {
  const doc = readDocument(text);
  const cue = doc.tokens.findIndex((token) => token.lower === cueWord);
  return findVia(doc, cue, cue + 1);
}

describe('findVia', () => {
  it.each([
    ['The agency said, citing its correspondent, that the road was shut.', 'said', 'its correspondent'],
    ['The broadcaster said, citing local sources, that two died.', 'said', 'local sources'],
    ['Quoting a police officer, the paper reported three arrests.', 'reported', 'a police officer'],
    ['The ministry said the road was shut.', 'said', null],
    ['The agency, citing Valley Wire, said the road was shut.', 'said', 'Valley Wire'],
    // A reason is no source: it is a claim of its own.
    ['The mayor said the plan was dead, citing low growth and rising debt.', 'said', null],
    ['The mayor said the plan was dead, citing Lind’s long delays.', 'said', null],
    // The citing cue's own clause is its claim, not its via.
    ['The publisher declined, citing legal risks.', 'citing', null],
  ])('%s', (text, cueWord, expected) => {
    expect(viaOf(text, cueWord)).toBe(expected);
  });
});

describe('a citing clause that gives a reason', () => {
  it('is a claim of the speaker, beside the main one', () => {
    const found = extractAttributions('“We cannot go on,” the mayor said, citing low growth and rising debt.');
    expect(found.map((a) => [a.cue.text, a.source?.text, a.content.text])).toEqual([
      ['said', 'the mayor', '“We cannot go on,”'],
      ['citing', 'the mayor', 'low growth and rising debt'],
    ]);
  });

  it('is a claim when it is the sentence\'s only cue', () => {
    const found = extractAttributions('The publisher pulled the book, citing legal risks.');
    expect(found.map((a) => [a.cue.text, a.source?.text, a.content.text])).toEqual([['citing', 'The publisher', 'legal risks']]);
  });
});

describe('sourceBeforeCiting', () => {
  it('takes the words before a citing clause as the source', () => {
    const doc = readDocument('Regional media, citing hospital staff, reported four deaths.');
    const cue = doc.tokens.findIndex((token) => token.lower === 'reported');
    const range = sourceBeforeCiting(doc, cue);
    expect(range && doc.tokens.slice(range[0], range[1]).map((t) => t.text).join(' ')).toBe('Regional media');
  });
});

describe('the claim after a citing clause', () => {
  // The claim opens after the citing clause, "that" included as in "said that ..." (PolNeAR's annotators keep it).
  it.each([
    ['The agency said, citing its correspondent, that the convoy had crossed the border.', 'that the convoy had crossed the border', 'its correspondent'],
    ['The agency said that the convoy had crossed the border.', 'that the convoy had crossed the border', null],
    ['The broadcaster said on Monday, citing witnesses, that the bridge had collapsed.', 'that the bridge had collapsed', 'witnesses'],
  ])('%s', (text, content, via) => {
    expect(extractAttributions(text)[0]).toMatchObject({ source: { text: text.split(' said')[0] }, content: { text: content }, via });
  });
});
