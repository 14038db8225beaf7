import { hashString } from './feature-hash';
import type { Token } from './tokenize';
import { shape, stem } from './word-shape';

/** Hashed forms of each token, computed once so features are built from numbers. */
export interface TokenCodes {
  words: Uint32Array;
  stems: Uint32Array;
  shapes: Uint32Array;
  suffixes: Uint32Array;
}

const quoteMarks = new Set(['“', '”', '"', '«', '»']);
/** Codes for the edges of a sentence and for any quotation mark. */
export const edgeCodes = { start: hashString('<s>'), end: hashString('</s>'), quote: hashString('<q>') };

/** Hashes each token's lower-case form, stem, letter-case shape and last three letters. */
export function tokenCodes(tokens: Token[]): TokenCodes {
  const count = tokens.length;
  const codes = { words: new Uint32Array(count), stems: new Uint32Array(count), shapes: new Uint32Array(count), suffixes: new Uint32Array(count) };
  const cache = new Map<string, [number, number, number]>();
  for (let i = 0; i < count; i++) {
    const { lower, text } = tokens[i];
    let known = cache.get(lower);
    if (!known) {
      known = [quoteMarks.has(lower) ? edgeCodes.quote : hashString(lower), hashString(stem(lower)), hashString(lower.slice(-3))];
      cache.set(lower, known);
    }
    [codes.words[i], codes.stems[i], codes.suffixes[i]] = known;
    codes.shapes[i] = hashString(shape(text));
  }
  return codes;
}
