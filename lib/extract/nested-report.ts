import type { ExtractDocument } from './document';

const clauseMarks = /^[,;:.!?()"“”—–]$/;
// A nested report's subject is a few words: "the engineers", "its correspondent in the city".
const reach = 8;

/**
 * The end of a claim that holds another party's report: in "The mayor said the engineers
 * warned of cracks", the mayor's claim is all of "the engineers warned of cracks", though the
 * role model stops it where the engineers' cue begins. When a cue follows the claim's end
 * within a few words of the same clause, the claim runs on to its sentence's end (less the
 * closing stop); otherwise its end `last` stands.
 */
export function throughNestedReport(doc: ExtractDocument, last: number, isCue: Uint8Array): number {
  if (last <= 0 || last >= doc.tokens.length) return last;
  const sentenceLast = doc.sentences[doc.sentenceOf[last - 1]].last;
  for (let t = last; t < Math.min(sentenceLast, last + reach); t++) {
    if (isCue[t]) {
      let end = sentenceLast;
      while (end > t && /^[.!?]$/.test(doc.tokens[end - 1].text)) end--;
      return end;
    }
    if (clauseMarks.test(doc.tokens[t].text) || doc.quotes[t] >= 0) return last;
  }
  return last;
}
