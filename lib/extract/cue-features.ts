import type { ExtractDocument } from './document';
import { mix } from './feature-hash';
import { edgeCodes } from './token-codes';

/** Room for every feature of one token. */
export const featureRoom = 48;

function neighbour(doc: ExtractDocument, i: number, first: number, last: number): number {
  if (i < first) return edgeCodes.start;
  return i >= last ? edgeCodes.end : doc.codes.words[i];
}

function neighbourShape(doc: ExtractDocument, i: number, first: number, last: number): number {
  if (i < first) return edgeCodes.start;
  if (i >= last) return edgeCodes.end;
  return doc.codes.words[i] === edgeCodes.quote ? edgeCodes.quote : doc.codes.shapes[i];
}

/**
 * Writes into `out` the hashed features of token `i` for the cue tagger: the word, its stem,
 * shape and suffix, its neighbours (alone and paired with the stem), whether it sits in a
 * quotation, and the tag `previousTag` (0 outside, 1 begin, 2 inside) of the token before.
 * Returns how many features it wrote. No feature stores text: words enter only as hashes.
 */
export function cueFeatures(doc: ExtractDocument, i: number, previousTag: number, out: Uint32Array): number {
  const { words, stems, shapes, suffixes } = doc.codes;
  const sentence = doc.sentences[doc.sentenceOf[i]];
  const [first, last] = [sentence.first, sentence.last];
  const stemmed = stems[i];
  const quoted = doc.quotes[i] >= 0 ? 1 : 0;
  const p1 = neighbour(doc, i - 1, first, last);
  const n1 = neighbour(doc, i + 1, first, last);
  let k = 0;
  const put = (value: number) => {
    out[k] = mix(k + 1, value);
    k++;
  };
  for (const value of [
    0, words[i], stemmed, shapes[i], suffixes[i], p1, neighbour(doc, i - 2, first, last), n1, neighbour(doc, i + 2, first, last), quoted,
    mix(quoted, stemmed), previousTag, mix(previousTag, stemmed), mix(neighbourShape(doc, i - 1, first, last), stemmed),
    mix(neighbourShape(doc, i + 1, first, last), stemmed), mix(i === first ? 1 : 0, stemmed), mix(p1, stemmed), mix(stemmed, n1),
    mix(previousTag, p1), mix(Math.min(i - first, 4), quoted), mix(quoted, mix(p1, stemmed)), mix(shapes[i], previousTag),
  ]) put(value);
  return k;
}
