import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';

function quotedWords(text: string): string[] {
  const doc = readDocument(text);
  return doc.tokens.filter((_, i) => doc.quotes[i] >= 0).map((token) => token.text);
}

describe('quoteRegions', () => {
  it('marks curly and straight quotations, marks included', () => {
    expect(quotedWords('He said “go now” and "stay" later.')).toEqual(['“', 'go', 'now', '”', '"', 'stay', '"']);
  });

  it('keeps a quotation inside a quotation in the outer one', () => {
    expect(quotedWords('“They shouted ‘stop’ twice,” he said.')).toEqual(['“', 'They', 'shouted', '‘', 'stop', '’', 'twice', ',', '”']);
  });

  it('carries a quotation over a paragraph that opens with a quotation mark', () => {
    const text = '“The first part ends here.\n\n“The second part ends here,” she said.';
    const doc = readDocument(text);
    const second = doc.tokens.findIndex((token) => token.text === 'second');
    expect(doc.quotes[second]).toBe(0);
  });

  it('closes an unfinished quotation at a paragraph that does not continue it', () => {
    const doc = readDocument('“An unclosed quote\n\nPlain prose follows.');
    expect(doc.quotes[doc.tokens.findIndex((token) => token.text === 'Plain')]).toBe(-1);
  });
});
