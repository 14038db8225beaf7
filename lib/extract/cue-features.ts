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

/** Where the nearest quotation mark sits within three tokens: 1 before, 2 after, 3 both, 0 none. */
function nearbyQuote(doc: ExtractDocument, i: number, first: number, last: number): number {
  let where = 0;
  for (let k = 1; k <= 3; k++) {
    if (i - k >= first && doc.codes.words[i - k] === edgeCodes.quote) where |= 1;
    if (i + k < last && doc.codes.words[i + k] === edgeCodes.quote) where |= 2;
  }
  return where;
}

/** 1 when "that" follows within four tokens in the sentence (reported speech), else 0. */
function thatAhead(doc: ExtractDocument, i: number, last: number): number {
  for (let k = i + 1; k < Math.min(last, i + 5); k++) if (doc.tokens[k].lower === 'that') return 1;
  return 0;
}

/** How many features cueFeatures pairs with the previous token's tag. */
export const pairedCueFeatures = 4;

/**
 * Writes at `from` the `count` features left in `paired`, each tied to `previousLabel` under
 * its own template numbered from `template`; returns the next free slot.
 */
export function withPrevious(paired: Uint32Array, count: number, previousLabel: number, template: number, out: Uint32Array, from: number): number {
  for (let j = 0; j < count; j++) out[from + j] = mix(template + j, mix(paired[j], previousLabel));
  return from + count;
}

/**
 * Writes into `out` the hashed features of token `i` for the cue tagger: the word, its stem,
 * shape and suffix, its neighbours (alone and paired with the stem) and whether it sits in a
 * quotation. Writes into `paired` the parts to tie to the tag of the token before (see
 * withPrevious), so a search over taggings computes the rest once per token. Returns how many
 * features it wrote. No feature stores text: words enter only as hashes.
 */
export function cueFeatures(doc: ExtractDocument, i: number, out: Uint32Array, paired: Uint32Array): number {
  const { words, stems, shapes, suffixes } = doc.codes;
  const sentence = doc.sentences[doc.sentenceOf[i]];
  const [first, last] = [sentence.first, sentence.last];
  const stemmed = stems[i];
  const quoted = doc.quotes[i] >= 0 ? 1 : 0;
  const p1 = neighbour(doc, i - 1, first, last);
  const n1 = neighbour(doc, i + 1, first, last);
  let k = 0;
  out[k++] = 0;
  out[k++] = words[i];
  out[k++] = stemmed;
  out[k++] = shapes[i];
  out[k++] = suffixes[i];
  out[k++] = p1;
  out[k++] = neighbour(doc, i - 2, first, last);
  out[k++] = n1;
  out[k++] = neighbour(doc, i + 2, first, last);
  out[k++] = quoted;
  out[k++] = mix(quoted, stemmed);
  out[k++] = mix(neighbourShape(doc, i - 1, first, last), stemmed);
  out[k++] = mix(neighbourShape(doc, i + 1, first, last), stemmed);
  out[k++] = mix(i === first ? 1 : 0, stemmed);
  out[k++] = mix(p1, stemmed);
  out[k++] = mix(stemmed, n1);
  out[k++] = mix(Math.min(i - first, 4), quoted);
  out[k++] = mix(quoted, mix(p1, stemmed));
  out[k++] = mix(nearbyQuote(doc, i, first, last), stemmed);
  out[k++] = mix(thatAhead(doc, i, last), stemmed);
  out[k++] = mix(Math.min(last - i, 4), stemmed);
  out[k++] = mix(neighbour(doc, i - 2, first, last), stemmed);
  out[k++] = mix(stemmed, neighbour(doc, i + 2, first, last));
  out[k++] = mix(doc.quotedSentences[doc.sentenceOf[i]] * 2 + quoted, stemmed);
  // One loop mixes each value with its template: V8 inlines that one call of mix, not twenty (past its budget).
  for (let j = 0; j < k; j++) out[j] = mix(j + 1, out[j]);
  paired[0] = 0;
  paired[1] = stemmed;
  paired[2] = p1;
  paired[3] = shapes[i];
  return k;
}
