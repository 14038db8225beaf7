import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { findPostSignature } from '../../lib/extract/social-post';

function signature(text: string): string | null {
  const doc = readDocument(text);
  const found = findPostSignature(doc, 0, doc.tokens.length);
  return found && doc.text.slice(doc.tokens[found.authorFirst].start, doc.tokens[found.authorLast - 1].end);
}

describe('findPostSignature', () => {
  it.each([
    ['Smoke over the port this morning pic.twitter.com/abc — Dana Reyes (@danareyes) May 3, 2021', 'Dana Reyes'],
    ['— RIVER WATCH DESK (@riverwatch) June 9, 2022', 'RIVER WATCH DESK'],
    ['The storm moved east – as forecasters expected.', null],
  ])('%s', (text, expected) => {
    expect(signature(text)).toBe(expected);
  });
});
