import { describe, expect, it } from 'vitest';
import { hashString } from '../../lib/extract/feature-hash';
import { edgeCodes, tokenCodes } from '../../lib/extract/token-codes';
import { tokenize } from '../../lib/extract/tokenize';

function codesOf(text: string) {
  const tokens = tokenize(text);
  return { tokens, codes: tokenCodes(tokens) };
}

describe('tokenCodes', () => {
  it('hashes the lower-case word, its stem and its last three letters', () => {
    const { codes } = codesOf('Officials claimed');
    expect(codes.words[1]).toBe(hashString('claimed'));
    expect(codes.stems[1]).toBe(hashString('claim'));
    expect(codes.suffixes[1]).toBe(hashString('med'));
    expect(codes.words[0]).toBe(hashString('officials'));
  });

  it('gives a word in any letter case the same word code but its own shape', () => {
    const { codes } = codesOf('Said said SAID said');
    expect(new Set(codes.words).size).toBe(1);
    expect([codes.shapes[0], codes.shapes[1], codes.shapes[2]]).toEqual([hashString('Aa'), hashString('a'), hashString('A')]);
    expect(codes.shapes[3]).toBe(codes.shapes[1]);
  });

  it('codes every double quotation mark alike', () => {
    const { codes } = codesOf('“a” "b" «c»');
    const marks = [0, 2, 3, 5, 6, 8].map((i) => codes.words[i]);
    expect(marks.every((code) => code === edgeCodes.quote)).toBe(true);
  });
});
