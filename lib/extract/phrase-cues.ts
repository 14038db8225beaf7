import { isAdverbCue } from './adverb-cue';
import type { ExtractDocument } from './document';
import { findingOpenerAt } from './finding-opener';
import { tollEstimateAt } from './toll-estimate';
import { closesClaim } from './reporting-clause';
import { missedSpeechVerbs } from './speech-verbs';
import type { CueRange } from './tag-cues';

// Words that finish a cue the model may cut short: "quoted [as saying]", "according [to]".
const tails: Array<{ last: string; rest: string[] }> = [
  { last: 'quoted', rest: ['as', 'saying'] },
  { last: 'as', rest: ['saying'] },
  { last: 'according', rest: ['to'] },
  { last: 'in', rest: ['a', 'statement'] },
];

/** The cue widened over the rest of a fixed phrase it starts ("quoted" -> "quoted as saying") or the platform it ends on ("in a post on [X]"). */
export function completePhraseCue(doc: ExtractDocument, cue: CueRange): CueRange {
  const lastWord = doc.tokens[cue.last - 1].lower;
  for (const tail of tails) {
    if (tail.last !== lastWord) continue;
    const matches = tail.rest.every((word, k) => doc.tokens[cue.last + k]?.lower === word);
    if (matches) return { first: cue.first, last: cue.last + tail.rest.length };
  }
  const published = lastWord === 'on' && publications.test(doc.tokens[cue.last - 2]?.lower ?? '');
  return published ? { first: cue.first, last: pastPlatformName(doc, cue.last) } : cue;
}

// What is published on a platform: "in a post on X", "in a video on YouTube".
const publications = /^(?:post|posts|statement|message|video|broadcast|account|page|channel|update|tweet|thread)$/;
const maxPlatformWords = 3;
const capitalised = /^\p{Lu}/u;

/** "said in a post on [X] that": past a capitalised name right after the cue when the claim opens after it; `at` otherwise. */
function pastPlatformName(doc: ExtractDocument, at: number): number {
  let t = at;
  while (t < at + maxPlatformWords && capitalised.test(doc.tokens[t]?.text ?? '')) t++;
  return t > at && /^(?:that|,|:)$/.test(doc.tokens[t]?.lower ?? '') ? t : at;
}

// Fixed phrases that always attribute, found even where the model misses them.
const fixedPhrases = [['quoted', 'as', 'saying'], ['according', 'to']];

/** The fixed phrase whose words start at token `i`, none of them in `isCue`, or undefined. */
function fixedPhraseAt(doc: ExtractDocument, i: number, isCue: Uint8Array): string[] | undefined {
  // Plain loops: this runs for every token, where callbacks would make two new closures each time.
  for (const words of fixedPhrases) {
    let k = 0;
    while (k < words.length && doc.tokens[i + k]?.lower === words[k] && !isCue[i + k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
}

/** "was quoted by Radio Meridian as saying": "as saying" a few words after "quoted", with the outlet between. */
function quotedByAs(doc: ExtractDocument, i: number, first: number): boolean {
  if (doc.tokens[i].lower !== 'as' || doc.tokens[i + 1]?.lower !== 'saying') return false;
  for (let k = i - 1; k >= Math.max(first, i - 8); k--) if (doc.tokens[k].lower === 'quoted') return doc.tokens[k + 1]?.lower === 'by';
  return false;
}

/** Whether the sentence of token `i` holds a cue already: a hedging adverb there is that cue's hedge ("He allegedly fired, police said"). */
function sentenceHasCue(doc: ExtractDocument, i: number, isCue: Uint8Array): boolean {
  const sentence = doc.sentences[doc.sentenceOf[i]];
  for (let t = sentence.first; t < sentence.last; t++) if (isCue[t]) return true;
  return false;
}

/** The fixed phrase that starts at token `i` ("according to", "as saying" after "quoted by X", "In <a poll>,", "put the toll at"), or null. */
function phraseAt(doc: ExtractDocument, i: number, first: number, last: number, isCue: Uint8Array): CueRange | null {
  const phrase = fixedPhraseAt(doc, i, isCue);
  if (phrase && i + phrase.length <= last) return { first: i, last: i + phrase.length };
  if (!isCue[i] && isAdverbCue(doc, i) && !sentenceHasCue(doc, i, isCue)) return { first: i, last: i + 1 };
  const opener = findingOpenerAt(doc, i, isCue) ?? tollEstimateAt(doc, i, isCue);
  if (opener && opener.last <= last) return opener;
  return i + 2 <= last && !isCue[i] && !isCue[i + 1] && quotedByAs(doc, i, first) ? { first: i, last: i + 2 } : null;
}

// As many as the cue model keeps per sentence: more is hostile text, and the bound keeps it cheap.
const maxPerSentence = 8;

/**
 * Cues for fixed attributing phrases in tokens `[first, last)` not already in `isCue`:
 * "according to", "quoted [by X] as saying", and a reporting verb closing a claim with its
 * source ("Claim, local media report, after ..."). At most eight per sentence.
 */
export function findFixedPhrases(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): CueRange[] {
  const found: CueRange[] = [];
  // The speech verbs find-cues adds anyway; computed only when a closing clause turns up.
  let speechVerbs: Set<number> | null = null;
  let [sentence, inSentence] = [-1, 0];
  for (let i = first; i < last; i++) {
    if (doc.sentenceOf[i] !== sentence) [sentence, inSentence] = [doc.sentenceOf[i], 0];
    if (inSentence >= maxPerSentence) continue;
    let cue = phraseAt(doc, i, first, last, isCue);
    if (!cue && !isCue[i] && closesClaim(doc, i)) {
      speechVerbs ??= new Set(missedSpeechVerbs(doc, first, last, isCue).map((found) => found.first));
      if (!speechVerbs.has(i)) cue = { first: i, last: i + 1 };
    }
    if (cue) {
      found.push(cue);
      inSentence++;
    }
  }
  return found;
}
