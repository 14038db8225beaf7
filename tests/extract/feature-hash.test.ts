import { describe, expect, it } from 'vitest';
import { hashString, mix } from '../../lib/extract/feature-hash';

// The trained model's weights are indexed by these numbers: they must never drift.
describe('hashString', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['said', 0xbc03351c],
  ])('gives %j the 32-bit FNV-1a hash', (text, expected) => {
    expect(hashString(text) >>> 0).toBe(expected);
  });

  it('answers a signed 32-bit integer', () => {
    for (const word of ['said', 'ministry', '“', 'al-Hasakah']) expect(hashString(word)).toBe(hashString(word) | 0);
  });
});

describe('mix', () => {
  it('answers a signed 32-bit integer, the same for signed or unsigned inputs of the same bits', () => {
    const code = hashString('said');
    expect(mix(3, code)).toBe(mix(3, code >>> 0));
    expect(mix(3, code)).toBe(mix(3, code) | 0);
  });

  it('keeps the feature numbers the trained model was built with', () => {
    expect(mix(1, 0) >>> 0).toBe(0xb7545288);
    expect(mix(2, hashString('said')) >>> 0).toBe(0x872f0449);
  });

  it('tells the order of its inputs apart', () => {
    expect(mix(1, 2)).not.toBe(mix(2, 1));
  });
});
