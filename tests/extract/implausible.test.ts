import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { isImplausible } from '../../lib/extract/implausible';

/** Token range of the first occurrence of `words` in the document. */
function rangeOf(text: string, words: string): [number, number] {
  const doc = readDocument(text);
  const start = text.indexOf(words);
  const first = doc.tokens.findIndex((token) => token.start >= start);
  const last = doc.tokens.findIndex((token) => token.end > start + words.length);
  return [first, last === -1 ? doc.tokens.length : last];
}

describe('isImplausible', () => {
  it('rejects a relative pronoun as the source of the claim it follows', () => {
    const text = 'The reporter Ana Lind, who first reported the fire, wrote on Monday that it had spread.';
    expect(isImplausible(readDocument(text), rangeOf(text, 'who'), rangeOf(text, 'The reporter Ana Lind'))).toBe(true);
  });

  it('rejects a source that only names a time', () => {
    const text = 'A clip filmed that afternoon shows smoke over the bridge.';
    expect(isImplausible(readDocument(text), rangeOf(text, 'that afternoon'), rangeOf(text, 'smoke over the bridge'))).toBe(true);
  });

  it('rejects a claim without a word', () => {
    const text = 'The mayor said — and left.';
    expect(isImplausible(readDocument(text), rangeOf(text, 'The mayor'), rangeOf(text, '—'))).toBe(true);
  });

  it.each([
    ['a named source', 'The mayor said the bridge would reopen.', 'The mayor', 'the bridge would reopen'],
    ['a source with a time in it', 'Officials on Monday said the bridge would reopen.', 'Officials on Monday', 'the bridge would reopen'],
    ['a relative pronoun before its claim', 'The mayor, who said the bridge would reopen, left.', 'who', 'the bridge would reopen'],
    ['a one-word claim', 'Asked whether the bridge would reopen, the mayor said yes.', 'the mayor', 'yes'],
  ])('keeps %s', (_, text, source, content) => {
    expect(isImplausible(readDocument(text), rangeOf(text, source), rangeOf(text, content))).toBe(false);
  });
});
