import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { completePhraseCue, findFixedPhrases } from '../../lib/extract/phrase-cues';
import { cueAt } from './cue-at';

function fixedPhrases(text: string): string[] {
  const doc = readDocument(text);
  return findFixedPhrases(doc, 0, doc.tokens.length, new Uint8Array(doc.tokens.length)).map((cue) => doc.text.slice(doc.tokens[cue.first].start, doc.tokens[cue.last - 1].end));
}

describe('findFixedPhrases', () => {
  it.each([
    ['The dam will hold, according to the governor.', ['according to']],
    ['The governor was quoted as saying the dam would hold.', ['quoted as saying']],
    ['The governor was quoted by Radio Meridian as saying the dam would hold.', ['as saying']],
    ['She left early, as saying goodbye was too hard.', []],
    ['The bridge has collapsed, local radio reports.', ['reports']],
    ['The toll of nine dead was confirmed by the hospital.', ['confirmed']],
  ])('%s', (text, expected) => {
    expect(fixedPhrases(text)).toEqual(expected);
  });
});

describe('findFixedPhrases on hostile text', () => {
  it('keeps at most eight cues in one endless sentence', () => {
    const text = 'Aa was quoted by bb as saying cc, the dd said, '.repeat(100_000);
    expect(fixedPhrases(text).length).toBeLessThanOrEqual(8);
  }, 60_000);
});

describe('completePhraseCue', () => {
  it('widens "quoted" over "as saying"', () => {
    const doc = readDocument('The minister was quoted as saying talks had failed.');
    const quoted = doc.tokens.findIndex((token) => token.lower === 'quoted');
    expect(completePhraseCue(doc, { first: quoted, last: quoted + 1 })).toEqual({ first: quoted, last: quoted + 3 });
  });

  it.each([
    // The platform a post was published on belongs to the cue; the claim opens after it.
    ['The office said in a post on X that the road was open.', 'said in a post on', 'said in a post on X'],
    ['The group said in a video on Rumble Live: “We hold the town.”', 'said in a video on', 'said in a video on Rumble Live'],
    // Not after a publication, and not when no claim opens after the name.
    ['She stepped up her attacks on Lind that week.', 'attacks on', 'attacks on'],
    ['The office said in a post on X the road was open.', 'said in a post on', 'said in a post on'],
  ])('%s', (text, cueWords, expected) => {
    const { doc, cue } = cueAt(text, cueWords);
    const widened = completePhraseCue(doc, cue);
    expect(doc.text.slice(doc.tokens[widened.first].start, doc.tokens[widened.last - 1].end)).toBe(expected);
  });
});
