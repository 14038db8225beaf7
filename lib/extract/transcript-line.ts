import type { ExtractDocument } from './document';
import { isPageLabel } from './notice-label';

/** Where a transcript line's parts sit: "WALLACE: Let's start ..." or "“PENCE: Well, ...". */
export interface TranscriptLine {
  sourceFirst: number;
  sourceLast: number;
  colon: number;
}

/**
 * Finds a transcript line in paragraph tokens `[first, last)`: the paragraph opens (after an
 * optional quotation mark) with a speaker's name in capitals, one to three words, and a
 * colon, with words after it, that is no page label ("UPDATE:"). Null for any other paragraph.
 */
export function findTranscriptLine(doc: ExtractDocument, first: number, last: number): TranscriptLine | null {
  let start = first;
  if (/^["“]$/.test(doc.tokens[start]?.text ?? '')) start++;
  let colon = start;
  while (colon < last && colon - start < 3 && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(doc.tokens[colon].text)) colon++;
  if (colon === start || doc.tokens[colon]?.text !== ':' || colon + 2 >= last) return null;
  // "UPDATE: ...", "CORRECTION: ...": a page label in capitals, not a speaker.
  if (colon - start === 1 && isPageLabel(doc.tokens[start].text)) return null;
  return { sourceFirst: start, sourceLast: colon, colon };
}
