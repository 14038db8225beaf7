import { hashString } from './feature-hash';
import type { Token } from './tokenize';
import { shape, stem } from './word-shape';

/** Hashed forms of each token (signed 32-bit, as hashString answers), computed once so features are built from numbers. */
export interface TokenCodes {
  words: Int32Array;
  stems: Int32Array;
  shapes: Int32Array;
  suffixes: Int32Array;
}

const quoteMarks = new Set(['“', '”', '"', '«', '»']);
/** Codes for the edges of a sentence and for any quotation mark. */
export const edgeCodes = { start: hashString('<s>'), end: hashString('</s>'), quote: hashString('<q>') };

/** Row of the four codes of one spelling, in a flat array `known`. */
function codeRow(known: number[], text: string, lower: string): number {
  const row = known.length;
  known.push(quoteMarks.has(lower) ? edgeCodes.quote : hashString(lower), hashString(stem(lower)), hashString(shape(text)), hashString(lower.slice(-3)));
  return row;
}

/**
 * Hashes each token's lower-case form, stem, letter-case shape and last three letters. An
 * article repeats most of its spellings, so each spelling is hashed once.
 */
export function tokenCodes(tokens: Token[]): TokenCodes {
  const count = tokens.length;
  const codes = { words: new Int32Array(count), stems: new Int32Array(count), shapes: new Int32Array(count), suffixes: new Int32Array(count) };
  const rows = new Map<string, number>();
  const known: number[] = [];
  for (let i = 0; i < count; i++) {
    const { text, lower } = tokens[i];
    let row = rows.get(text);
    if (row === undefined) rows.set(text, (row = codeRow(known, text, lower)));
    codes.words[i] = known[row];
    codes.stems[i] = known[row + 1];
    codes.shapes[i] = known[row + 2];
    codes.suffixes[i] = known[row + 3];
  }
  return codes;
}
