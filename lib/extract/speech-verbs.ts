import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// Verbs that report speech or writing whenever they have a speaker; the model may miss a rare form.
const speechVerbs = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'claimed', 'denied', 'denies', 'confirmed', 'confirms',
  'announced', 'announces', 'warned', 'warns', 'insisted', 'insists', 'acknowledged', 'acknowledges', 'alleged',
  'alleges', 'argued', 'argues', 'noted', 'wrote', 'writes', 'tweeted', 'declared', 'declares', 'asserted', 'asserts',
  'reiterated', 'stressed', 'explained',
]);
const clauseOpeners = new Set(['that', '“', '"', ',', ':', '.', 'he', 'she', 'they', 'it', 'we', 'i', 'the', 'there']);
const blockedBefore = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'aforesaid', 'of', 'to']);

/**
 * Cues for speech verbs the model left out: a listed verb ("claimed", "insisted") outside
 * quotations, after a word that can end its subject, followed by "that", a quotation mark,
 * punctuation, a pronoun or an -ing form ("denied carrying out"). Returns the cue ranges to add, in text order, skipping tokens in `isCue`.
 */
export function missedSpeechVerbs(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): CueRange[] {
  const found: CueRange[] = [];
  for (let i = Math.max(first, 1); i < last; i++) {
    if (isCue[i] || !speechVerbs.has(doc.tokens[i].lower)) continue;
    const lastFound = found[found.length - 1];
    const secondLast = found[found.length - 2];
    if (lastFound && secondLast && doc.sentenceOf[secondLast.first] === doc.sentenceOf[i]) continue;
    const before = doc.tokens[i - 1];
    if (blockedBefore.has(before.lower) || isCue[i - 1]) continue;
    const next = doc.tokens[i + 1]?.lower ?? '.';
    const opensClause = clauseOpeners.has(next) || (next.length > 4 && next.endsWith('ing'));
    if (!opensClause || doc.quotes[i] >= 0) continue;
    found.push({ first: i, last: i + 1 });
  }
  return found;
}

// Words that open the object of a verb ("claimed the attack", "denied his role").
const objectOpeners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its']);

/**
 * The cue cut before the object of a listed speech verb inside it: the model may run a cue on
 * over what the verb claims ("have claimed the attack on"), which PolNeAR's annotators never
 * include ("said in a statement" keeps its words: there the article follows "in").
 */
export function withoutVerbObject(doc: ExtractDocument, cue: CueRange): CueRange {
  for (let i = cue.first + 1; i < cue.last; i++) {
    if (objectOpeners.has(doc.tokens[i].lower) && speechVerbs.has(doc.tokens[i - 1].lower)) return { first: cue.first, last: i };
  }
  return cue;
}
