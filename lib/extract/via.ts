import type { ExtractDocument } from './document';

const citingWords = new Set(['citing', 'quoting']);
const stopWords = new Set([',', '.', ';', ':', 'that', 'as', 'who', 'which', '“', '”', '"', '(', ')', 'saying', 'said']);

/**
 * The source a speaker cites: the words after "citing" or "quoting" in the cue's sentence,
 * up to the next comma, "that" or end ("SANA said, citing its correspondent, ..." ->
 * "its correspondent"). Null when the speaker cites no one.
 */
export function findVia(doc: ExtractDocument, cueFirst: number, cueLast: number): string | null {
  const clause = viaRange(doc, cueFirst, cueLast);
  return clause && doc.text.slice(doc.tokens[clause[0] + 1].start, doc.tokens[clause[1] - 1].end);
}

/**
 * Tokens `[first, last)` of the citing clause near a cue, "citing" included, or null.
 */
export function viaRange(doc: ExtractDocument, cueFirst: number, cueLast: number): [number, number] | null {
  const sentence = doc.sentences[doc.sentenceOf[cueFirst]];
  const from = Math.max(sentence.first, cueFirst - 12);
  const to = Math.min(sentence.last, cueLast + 12);
  for (let i = from; i < to; i++) {
    if (!citingWords.has(doc.tokens[i].lower)) continue;
    let end = i + 1;
    while (end < sentence.last && end - i <= 10 && !stopWords.has(doc.tokens[end].lower)) end++;
    if (end > i + 1) return [i, end];
  }
  return null;
}

/**
 * The source of a cue placed after a citing clause, "Local media, citing witnesses,
 * reported ...": tokens `[first, last)` from the sentence start to the first comma, or null
 * when the sentence is not built that way.
 */
export function sourceBeforeCiting(doc: ExtractDocument, cueFirst: number): [number, number] | null {
  const sentence = doc.sentences[doc.sentenceOf[cueFirst]];
  if (doc.tokens[cueFirst - 1]?.text !== ',') return null;
  for (let i = sentence.first + 1; i < cueFirst - 2 && i < sentence.first + 12; i++) {
    if (doc.tokens[i].text === ',' && citingWords.has(doc.tokens[i + 1].lower)) return [sentence.first, i];
  }
  return null;
}
