import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { sentenceSubject, sharesSubject } from '../../lib/extract/shared-subject';

function subjectOf(text: string, cueWord: string): string | null {
  const doc = readDocument(text);
  const cue = doc.tokens.findIndex((token) => token.lower === cueWord);
  const range = sentenceSubject(doc, cue);
  return range && doc.tokens.slice(range[0], range[1]).map((token) => token.text).join(' ');
}

describe('sentenceSubject', () => {
  it.each([
    ['Lena Ortiz is defending her report, saying the figures were checked.', 'saying', 'Lena Ortiz'],
    ['The regional governor rejected the claim, adding that roads were open.', 'adding', 'The regional governor'],
    ['She visited the camp and said conditions had improved.', 'said', 'She'],
    ['After the vote, the council said nothing.', 'said', null],
  ])('%s', (text, cueWord, expected) => {
    expect(subjectOf(text, cueWord)).toBe(expected);
  });
});

describe('sharesSubject', () => {
  it('is true for a participle after a comma and a verb after "and"', () => {
    const doc = readDocument('The army denied it, saying so, and added more.');
    expect(sharesSubject(doc, doc.tokens.findIndex((t) => t.lower === 'saying'))).toBe(true);
    expect(sharesSubject(doc, doc.tokens.findIndex((t) => t.lower === 'added'))).toBe(true);
    expect(sharesSubject(doc, doc.tokens.findIndex((t) => t.lower === 'denied'))).toBe(false);
  });
});
