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
  ])('%s', (text, cueWord, expected) => {
    expect(viaOf(text, cueWord)).toBe(expected);
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
