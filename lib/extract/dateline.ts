import type { ExtractDocument } from './document';

/**
 * The first token after a dateline that opens tokens `[first, last)` ("MARAVEN, Northern
 * Region — The ..."): capitalised words and commas up to a dash within eight tokens.
 * Returns `first` when there is no dateline.
 */
export function afterDateline(doc: ExtractDocument, first: number, last: number): number {
  for (let i = first + 1; i < Math.min(last, first + 8); i++) {
    if (/^[—–]$/.test(doc.tokens[i].text)) return i + 1;
    if (!/^(?:\p{Lu}[\p{L}-]*|,)$/u.test(doc.tokens[i].text)) return first;
  }
  return first;
}
