import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { isNotACue } from '../../lib/extract/not-a-cue';

function saidIsNotACue(text: string): boolean {
  const doc = readDocument(text);
  const said = doc.tokens.findIndex((token) => token.lower === 'said');
  return isNotACue(doc, { first: said, last: said + 1 });
}

describe('isNotACue', () => {
  it.each([
    ['Both sides broke the said agreement within a week.', true],
    ['The bridge is said to be the oldest in the valley.', true],
    ['The general was said to have left the city.', true],
    ['The minister said to reporters that talks would resume.', false],
    ['The minister said talks would resume.', false],
  ])('%s -> %s', (text, expected) => {
    expect(saidIsNotACue(text)).toBe(expected);
  });
});
