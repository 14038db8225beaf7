import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

function cueOf(text: string): string | undefined {
  return extractAttributions(text)[0]?.cue.text;
}

describe('cue extent: the words PolNeAR counts in a cue', () => {
  it.each([
    ['The mayor has also called for calm.', 'has also called for'],
    ['The ministry said in a statement that the border would close.', 'said in a statement'],
    ['The minister has said the tax will rise.', 'has said'],
  ])('%s', (text, cue) => {
    expect(cueOf(text)).toBe(cue);
  });
});

describe('cue extent: names and subjects stay out of the cue', () => {
  it.each([
    ['The governor told Radio Meridian in an interview that the dam would hold.', 'told'],
    ['The driver insists he never crossed the line.', 'insists'],
    ['The opposition accused the president of rigging the vote.', 'accused'],
  ])('%s', (text, cue) => {
    expect(cueOf(text)).toBe(cue);
  });
});
