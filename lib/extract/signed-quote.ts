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
const nameWord = /^\p{Lu}[\p{L}.'’-]*$/u;
const initial = /^\p{Lu}$/u;
const longestName = 5;

/**
 * The opening of a paragraph that is one quotation opened with a mark the quotation finder
 * does not pair (”...” ― Name, typed with two closing marks): its first token when the
 * paragraph opens and `closing` closes with a quotation mark, else -1.
 */
function wholeParagraphQuote(doc: ExtractDocument, first: number, closing: number): number {
  return closing > first + 1 && quoteMarks.test(doc.tokens[first].text) && quoteMarks.test(doc.tokens[closing].text) ? first : -1;
}

/**
 * The end of a signing name from `from`: one to five capitalised words, an initial keeping
 * its dot ("Lena R. Ortiz"), followed by the paragraph's end, a full stop or the next
 * signed quotation's opening mark. -1 when no such name starts there.
 */
function signatureEnd(doc: ExtractDocument, from: number, last: number): number {
  let i = from;
  let words = 0;
  while (i < last && words < longestName && nameWord.test(doc.tokens[i].text)) {
    words++;
    i++;
    if (initial.test(doc.tokens[i - 1].text) && doc.tokens[i]?.text === '.' && i + 1 < last && nameWord.test(doc.tokens[i + 1].text)) i++;
  }
  if (words === 0) return -1;
  return i === last || doc.tokens[i].text === '.' || quoteMarks.test(doc.tokens[i].text) ? i : -1;
}

/**
 * Every quotation signed with a dash and a name in paragraph tokens `[first, last)`: a
 * closing quotation mark, "―" or "—", then the signer's name. Readers' comments often run
 * several to a paragraph: “...” ― Ann Poe “...” ― Ed Lim.
 */
export function findSignedQuotes(doc: ExtractDocument, first: number, last: number): SignedQuote[] {
  const found: SignedQuote[] = [];
  for (let dash = first + 1; dash < last; dash++) {
    if (!signatureDashes.has(doc.tokens[dash].text)) continue;
    const closing = dash - 1;
    const nameLast = signatureEnd(doc, dash + 1, last);
    if (nameLast < 0 || !quoteMarks.test(doc.tokens[closing].text)) continue;
    const quoteFirst = doc.quotes[closing] >= 0 ? doc.quotes[closing] : wholeParagraphQuote(doc, first, closing);
    if (quoteFirst < 0 || quoteFirst < first - 400) continue;
    found.push({ quoteFirst, quoteLast: closing + 1, dash, nameFirst: dash + 1, nameLast });
  }
  return found;
}
