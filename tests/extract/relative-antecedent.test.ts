import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { relativeAntecedent } from '../../lib/extract/relative-antecedent';

function antecedentOf(text: string, pronoun: string): string | null {
  const doc = readDocument(text);
  const at = doc.tokens.findIndex((token) => token.lower === pronoun);
  const range = relativeAntecedent(doc, at);
  return range && doc.tokens.slice(range[0], range[1]).map((token) => token.text).join(' ');
}

describe('relativeAntecedent', () => {
  it.each([
    ['The union blamed the port police, which denied it.', 'which', 'the port police'],
    ['Reporters reached Ilse Varga, who said the port was shut.', 'who', 'Ilse Varga'],
    ['Its director, who asked not to be named, said so.', 'who', 'Its director'],
    ['They blamed, who knows why, the weather.', 'who', null],
    ['Ali Hassan, a spokesman for the port authority, which denied it, left.', 'which', null],
  ])('%s', (text, pronoun, expected) => {
    expect(antecedentOf(text, pronoun)).toBe(expected);
  });
});
