import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

// Sources whose findings a sentence may open with "In ...,": "In the latest poll, 71 percent ...".
const findings = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'census', 'audit', 'estimate', 'estimates', 'tally', 'count']);
const longestSource = 14;

/** The comma that closes "In <a poll>," opening the sentence at `i`, or -1. */
function closingComma(doc: ExtractDocument, i: number): number {
  const sentence = doc.sentences[doc.sentenceOf[i]];
  if (doc.tokens[i].lower !== 'in' || i !== afterDateline(doc, sentence.first, sentence.last)) return -1;
  let named = false;
  for (let k = i + 1; k < Math.min(sentence.last, i + 1 + longestSource); k++) {
    const word = doc.tokens[k].lower;
    if (word === ',') return named && k > i + 2 ? k : -1;
    if (/^[.;:!?]$/.test(word)) return -1;
    named ||= findings.has(word);
  }
  return -1;
}

/**
 * The cue "In" of a sentence that opens with the poll or study its claim comes from: "In
 * the latest Valley Courier poll, 61 percent back the dam". None when the sentence has a
 * cue of its own ("In a statement, the mayor said ...": the statement is that cue's).
 */
export function findingOpenerAt(doc: ExtractDocument, i: number, isCue: Uint8Array): CueRange | null {
  const comma = closingComma(doc, i);
  if (comma < 0) return null;
  const sentence = doc.sentences[doc.sentenceOf[i]];
  for (let t = sentence.first; t < sentence.last; t++) if (isCue[t]) return null;
  return { first: i, last: i + 1 };
}

/** Roles of an "In <a poll>," cue: the poll up to its comma, and the rest of the sentence; null for other cues. */
export function findingOpenerRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  if (cue.last !== cue.first + 1) return null;
  const comma = closingComma(doc, cue.first);
  if (comma < 0) return null;
  let end = doc.sentences[doc.sentenceOf[cue.first]].last;
  while (end > comma + 1 && /^[.!?]$/.test(doc.tokens[end - 1].text)) end--;
  const span = (first: number, last: number) => Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k);
  return { source: span(cue.last, comma), content: span(comma + 1, end) };
}
