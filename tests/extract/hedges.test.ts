import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { findHedges } from '../../lib/extract/hedges';

function hedgesOf(text: string, cueWord: string): string[] {
  const doc = readDocument(text);
  const cue = doc.tokens.findIndex((token) => token.lower === cueWord);
  return findHedges(doc, 0, cue, cue, cue + 1);
}

describe('findHedges', () => {
  it.each([
    ['The guards allegedly beat two men, a witness said.', 'said', ['allegedly']],
    ['The shell reportedly hit a school, officials said.', 'said', ['reportedly']],
    ['The clip purportedly shows the raid, activists said.', 'said', ['purportedly']],
    ['The convoy appeared to turn back, residents said.', 'said', ['appeared to']],
    ['An unconfirmed toll of nine dead was given, the agency said.', 'said', ['unconfirmed']],
    ['The militia claimed the drone was theirs.', 'claimed', ['claimed']],
    ['Nine people died in the fire, the police said.', 'said', []],
  ])('%s', (text, cueWord, expected) => {
    expect(hedgesOf(text, cueWord)).toEqual(expected);
  });
});
