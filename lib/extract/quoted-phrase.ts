import { isClauseWord } from './clause-parts';
import type { ExtractDocument } from './document';

// A claim never runs on further than this past a quoted phrase: bounded work on hostile text.
const maxReach = 60;
const sentenceEnds = new Set(['.', '!', '?']);

/** "and live rounds": the quoted phrase is one of a list that goes on, not the end of a clause ("... but he left"). */
function joinsPhrase(doc: ExtractDocument, i: number): boolean {
  const next = doc.tokens[i + 1]?.lower ?? '';
  return /^(?:and|or)$/.test(doc.tokens[i].lower) && /^[\p{L}\d]/u.test(next) && !isClauseWord(next) && next !== 'then';
}

/**
 * The end of a claim labelled up to a closing quotation mark when the quotation is a phrase
 * inside the claim and a list goes on after it ("... responded by firing “warning flares”
 * and rubber bullets, injuring one farmer."): the end of the sentence, or the token before the
 * next cue in it. Returns `last` (the claim's end, exclusive) when the claim does not end that way.
 */
export function pastQuotedPhrase(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): number {
  const close = last - 1;
  const open = doc.quotes[close];
  if (open <= first || !/^[”"’]$/.test(doc.tokens[close].text) || last >= doc.tokens.length) return last;
  const sentence = doc.sentences[doc.sentenceOf[close]];
  if (doc.sentenceOf[last] !== doc.sentenceOf[close] || !joinsPhrase(doc, last)) return last;
  let end = last;
  while (end < sentence.last && end - last < maxReach && !isCue[end] && !sentenceEnds.has(doc.tokens[end].text) && doc.quotes[end] < 0) end++;
  if (end - last >= maxReach || isCue[end]) return last;
  return end;
}
