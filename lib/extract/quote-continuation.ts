import type { ExtractDocument } from './document';

// A continued quotation longer than this is cut: a real one is a few sentences.
const maxQuotation = 250;
const sentenceEnds = new Set(['.', '!', '?']);

/**
 * The quotation that carries a speaker's words on after the reporting clause (`“...,” she said.
 * “More words.”`): tokens `[first, last)` of a quotation opening right after the sentence that
 * ends before `sentenceLast`'s closing punctuation, marks included. Null when no quotation follows,
 * or it ends with a comma and so has a reporting clause of its own.
 */
export function continuedQuotation(doc: ExtractDocument, sentenceLast: number): [number, number] | null {
  let first = sentenceLast;
  while (first < doc.tokens.length && sentenceEnds.has(doc.tokens[first].text)) first++;
  if (first >= doc.tokens.length || doc.quotes[first] !== first) return null;
  let last = first + 1;
  while (last < doc.tokens.length && last - first < maxQuotation && doc.quotes[last] === first) last++;
  // A quotation closed by a comma has a reporting clause of its own; one that runs on past its mark ("a tax increase'' for the rich") is still these words.
  const closed = last - first >= 3 && doc.tokens[last - 2].text !== ',';
  return closed ? [first, last] : null;
}
