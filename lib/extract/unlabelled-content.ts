import type { ExtractDocument } from './document';
import { pastListener } from './listener';
import type { CueRange } from './tag-cues';

// Verbs that report speech whatever their context: when the role model labels no claim for
// one of these, the claim is still there, only in a shape it misreads ("She said she recalls
// ...", where it takes the second cue's clause as that cue's alone; "Vitter demanded." after a quotation).
const alwaysReporting = new Set([
  'said', 'says', 'told', 'added', 'adds', 'declared', 'demanded', 'asked', 'asks', 'echoed', 'confirmed', 'suggested',
  'suggest', 'predicted', 'referring', 'according', 'wrote', 'noted', 'insisted', 'stated', 'explained', 'recalled',
]);
// Content never reaches further than this from its cue, which bounds the work on hostile text.
const maxReach = 250;
const hasLetter = /\p{L}/u;

function wordCount(doc: ExtractDocument, first: number, last: number): number {
  let count = 0;
  for (let t = first; t < last; t++) if (hasLetter.test(doc.tokens[t].text)) count++;
  return count;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k);
}

/** The quotation that ends right before token `t`, or else the sentence before it. */
function claimBefore(doc: ExtractDocument, t: number): number[] {
  const region = doc.quotes[t - 1];
  if (region >= 0) return range(Math.max(region, t - maxReach), t);
  const sentence = doc.sentences[doc.sentenceOf[t - 1]];
  return range(Math.max(sentence.first, t - maxReach), t);
}

/** Up to three sentences after sentence `index`, all in the paragraph of the first (a colon may close a paragraph). */
function sentencesAfter(doc: ExtractDocument, index: number, limit: number): number[] {
  const first = doc.sentences[index + 1];
  let last = first.last;
  for (let s = index + 2; s <= index + 3 && s < doc.sentences.length && doc.sentences[s].paragraph === first.paragraph; s++) last = doc.sentences[s].last;
  return range(first.first, Math.min(last, limit));
}

/**
 * Content tokens for a cue the role model gave none, when the cue holds a verb that always
 * reports speech: the rest of its sentence (past the listener of "told"); after "added:" closing a sentence, the sentences that
 * follow (up to three, in one paragraph); when the cue closes its sentence, the quotation or sentence
 * just before that sentence. Empty when the cue's verb is not one of those, or nothing fits.
 */
export function unlabelledContent(doc: ExtractDocument, cue: CueRange): number[] {
  let reports = false;
  for (let t = cue.first; t < cue.last; t++) reports ||= alwaysReporting.has(doc.tokens[t].lower);
  if (!reports) return [];
  const index = doc.sentenceOf[cue.first];
  const sentence = doc.sentences[index];
  const restFirst = doc.tokens[cue.last]?.text === ':' ? cue.last + 1 : pastListener(doc, cue, cue.last, sentence.last);
  if (wordCount(doc, restFirst, sentence.last) >= 2) return range(restFirst, Math.min(sentence.last, cue.last + maxReach));
  if (restFirst > cue.last && index + 1 < doc.sentences.length) return sentencesAfter(doc, index, cue.last + maxReach);
  return sentence.first > 0 ? claimBefore(doc, sentence.first) : [];
}
