import type { ExtractDocument } from './document';

// Words that open an aside about the people a claim counts: "nine were killed, among them two crew".
const asideOpeners = new Set(['including', 'among', 'excluding', 'mostly', 'mainly', 'most', 'many', 'all']);
const asideReach = 12;

/**
 * The end of a claim carried over an aside that qualifies its last words ("nine people had been
 * killed[, among them two crew members]"): up to the comma that closes the aside or the end of
 * the sentence. Returns `last` when no aside follows.
 */
export function throughAside(doc: ExtractDocument, last: number): number {
  if (doc.tokens[last]?.text !== ',' || !asideOpeners.has(doc.tokens[last + 1]?.lower ?? '') || doc.quotes[last] >= 0) return last;
  const sentenceLast = doc.sentences[doc.sentenceOf[last]].last;
  for (let t = last + 2; t < Math.min(sentenceLast, last + 2 + asideReach); t++) {
    if (doc.tokens[t].text === ',') return t;
    if (/^[.;:!?]$/.test(doc.tokens[t].text)) return t;
  }
  return sentenceLast - last <= asideReach + 2 ? sentenceLast : last;
}
