import type { ExtractDocument } from './document';

const dashes = /^(?:—|–|-|--)$/;
// What a dateline holds before its dash: places, a date, a wire's name in brackets.
const datelineWords = /^(?:\p{Lu}[\p{L}.'’-]*|\d{1,4}|,|\(|\)|\.)$/u;

/**
 * The first token after a dateline that opens tokens `[first, last)` ("MARAVEN, Northern
 * Region — The ...", "PORTVILLE, March 3 (Valley Wire) - The ..."): a capitalised place,
 * then capitalised words, numbers, commas and a bracketed wire name up to a dash within
 * twelve tokens. Returns `first` when there is no dateline.
 */
export function afterDateline(doc: ExtractDocument, first: number, last: number): number {
  if (!/^\p{Lu}/u.test(doc.tokens[first]?.text ?? '')) return first;
  for (let i = first + 1; i < Math.min(last, first + 12); i++) {
    if (dashes.test(doc.tokens[i].text)) return i + 1;
    if (!datelineWords.test(doc.tokens[i].text)) return first;
  }
  return first;
}
