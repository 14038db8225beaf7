import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

const clauseEnds = new Set([',', '.', ';', '!', '?', '”', '"', '(', ')', '—', '–']);

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k);
}

/**
 * Roles for an "according to X" cue, where news style is fixed: X runs to the next comma
 * or sentence end; the claim is the rest of the sentence after that comma when the phrase
 * opens the sentence, else the part of the sentence before the phrase. Null for other cues.
 */
export function accordingToRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  const words = doc.tokens.slice(cue.first, cue.last).map((token) => token.lower).join(' ');
  if (words !== 'according to') return null;
  const whole = doc.sentences[doc.sentenceOf[cue.first]];
  // Bounded like every window, so a hostile run-on sentence costs no more than a real one.
  const sentence = { first: Math.max(whole.first, cue.first - 250), last: Math.min(whole.last, cue.last + 250) };
  let sourceLast = cue.last;
  while (sourceLast < sentence.last && !clauseEnds.has(doc.tokens[sourceLast].text)) sourceLast++;
  const source = range(cue.last, sourceLast);
  let opening = cue.first - 1;
  while (opening >= sentence.first && /^(?:but|and|however|yet|so)$/i.test(doc.tokens[opening].text)) opening--;
  const opensSentence = opening < sentence.first || /^[—–]$/.test(doc.tokens[opening].text);
  let contentLast = sentence.last;
  while (contentLast > sourceLast && /^[.!?]$/.test(doc.tokens[contentLast - 1].text)) contentLast--;
  if (opensSentence) return { source, content: range(Math.min(sourceLast + 1, contentLast), contentLast) };
  let before = cue.first;
  while (before > sentence.first && doc.tokens[before - 1].text === ',') before--;
  return { source, content: range(afterDateline(doc, sentence.first, before), before) };
}
