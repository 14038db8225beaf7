import type { ExtractDocument } from './document';

const signatureDashes = new Set(['―', '—']);

/** A quotation signed after a dash: “...” ― Name. */
export interface SignedQuote {
  quoteFirst: number;
  quoteLast: number;
  dash: number;
  nameFirst: number;
  nameLast: number;
}

const quoteMarks = /^["“”]$/;

/**
 * A paragraph that is one quotation opened with a mark the quotation finder does not pair
 * (”...” ― Name, typed with two closing marks): its first token when the paragraph opens and
 * `closing` closes with a quotation mark, else -1.
 */
function wholeParagraphQuote(doc: ExtractDocument, first: number, closing: number): number {
  return closing > first + 1 && quoteMarks.test(doc.tokens[first].text) && quoteMarks.test(doc.tokens[closing].text) ? first : -1;
}

/**
 * Finds a quotation signed with a dash and a name at the end of paragraph tokens
 * `[first, last)`: a closing quotation mark, "―" or "—", then one to four capitalised
 * words and at most a full stop. Null when the paragraph does not end that way.
 */
export function findSignedQuote(doc: ExtractDocument, first: number, last: number): SignedQuote | null {
  let nameLast = last;
  if (doc.tokens[nameLast - 1]?.text === '.') nameLast--;
  let nameFirst = nameLast;
  while (nameFirst > first && nameLast - nameFirst < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(doc.tokens[nameFirst - 1].text)) nameFirst--;
  const dash = nameFirst - 1;
  if (nameFirst === nameLast || dash <= first || !signatureDashes.has(doc.tokens[dash].text)) return null;
  const closing = dash - 1;
  const quoteFirst = doc.quotes[closing] >= 0 ? doc.quotes[closing] : wholeParagraphQuote(doc, first, closing);
  if (quoteFirst < 0 || quoteFirst < first - 400) return null;
  return { quoteFirst, quoteLast: closing + 1, dash, nameFirst, nameLast };
}
