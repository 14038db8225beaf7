import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// Verbs whose object is who listened: "told reporters her son was unarmed".
const toListener = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'briefed']);
const objectPronouns = /^(?:him|her|them|us|me|you)$/;
const maxNameWords = 5;

/**
 * The token after the listener of a cue that ends on "told" (or "informed", "assured"): past a
 * pronoun ("told them"), a name ("told the Valley Courier", "told AFP") or one lower-case word
 * ("told reporters"), and a "that" after it. Returns `at` itself when the cue names no listener
 * or nothing would be left before `last`.
 */
export function pastListener(doc: ExtractDocument, cue: CueRange, at: number, last: number): number {
  if (!toListener.has(doc.tokens[cue.last - 1].lower) || at >= last) return at;
  let t = at;
  if (objectPronouns.test(doc.tokens[t].lower)) t++;
  else {
    if (doc.tokens[t].lower === 'the') t++;
    const start = t;
    while (t < last && t - start < maxNameWords && /^\p{Lu}/u.test(doc.tokens[t].text)) t++;
    if (t === start && t < last && /^[a-z]+$/.test(doc.tokens[t].text)) t++;
  }
  if (doc.tokens[t]?.lower === 'that') t++;
  return t < last ? t : at;
}

// What may stand between a listener and its claim's subject, which the role model tends to leave out: "told AFP [the] gunmen fled".
const subjectOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'these', 'those']);

// Who a report is told to when not named: "told the agency", "told the state broadcaster".
const listenerNouns = /^(?:agency|newspaper|paper|broadcaster|channel|station|radio|network|outlet|magazine|website|committee|court|crowd|audience|inquiry|council|parliament|assembly|reporter|journalist|correspondent)$/;
const maxDescribingWords = 2;

/** The end of "the [state] broadcaster" starting at `start` ("the" already passed), or -1. */
function describedListenerEnd(doc: ExtractDocument, start: number, last: number): number {
  for (let t = start; t < last && t - start <= maxDescribingWords; t++) {
    if (listenerNouns.test(doc.tokens[t].text)) return t + 1;
    if (!/^[a-z-]+$/.test(doc.tokens[t].text)) return -1;
  }
  return -1;
}

/** The end of a listener right after the cue ("told [the BBC]", "told [Reuters]", "told [the agency]"), or -1 when none is named there. */
function namedListenerEnd(doc: ExtractDocument, cue: CueRange, last: number): number {
  // Written in lower case: in a headline's title case ("Voters Told To Wait") every word is capitalised.
  if (!toListener.has(doc.tokens[cue.last - 1].text)) return -1;
  const article = doc.tokens[cue.last]?.lower === 'the';
  const start = article ? cue.last + 1 : cue.last;
  let t = start;
  while (t < last && t - start < maxNameWords && /^\p{Lu}/u.test(doc.tokens[t].text)) t++;
  if (t === start && article) t = describedListenerEnd(doc, start, last);
  return t > start && t < last ? t : -1;
}

/**
 * Where a claim after "told" starts when the role model began it inside a named listener ("told
 * the [BBC they saw]") or an article past it ("told Reuters [ceasefire] was"): right after the
 * listener. `first` otherwise: a "that" after the listener stays with the claim.
 */
export function claimStartAfterListener(doc: ExtractDocument, cue: CueRange, first: number, last: number): number {
  const end = namedListenerEnd(doc, cue, last);
  if (end < 0 || first === end || first <= cue.last) return first;
  if (first < end) return end;
  for (let t = end; t < first; t++) if (!subjectOpeners.has(doc.tokens[t].lower)) return first;
  return end;
}
