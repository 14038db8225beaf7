import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { beforePredicate } from '../../lib/extract/source-tail';

describe('beforePredicate', () => {
  it.each([
    ['The coach had dismissed the rumour.', 'dismissed', 'The coach'],
    ['Few fans would have predicted the score.', 'have', 'Few fans'],
    ['The mayor sharply criticised the plan.', 'criticised', 'The mayor'],
    ["The owners haven't said much.", 'said', 'The owners'],
    // A noun in "-ly" is part of the subject.
    ['Its closest ally warned against the test.', 'warned', 'Its closest ally'],
    // A run of nothing but such words keeps its first word.
    ['Often said the opposite.', 'said', 'Often'],
  ])('%s', (text, cueWord, expected) => {
    const doc = readDocument(text);
    const cue = doc.tokens.findIndex((token) => token.text === cueWord);
    const last = beforePredicate(doc, 0, cue, cue);
    expect(doc.tokens.slice(0, last).map((token) => token.text).join(' ')).toBe(expected);
  });
});
