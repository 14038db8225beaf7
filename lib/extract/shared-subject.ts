import type { Attribution } from '../model/attribution';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';

/**
 * True when a cue shares the subject of the clause before it: a participle after a comma
 * ("..., saying", "..., adding") or a verb after "and" ("denied the report and said").
 * `cueStart` is the cue's first token.
 */
export function sharesSubject(doc: ExtractDocument, cueStart: number): boolean {
  const before = doc.tokens[cueStart - 1]?.lower;
  const word = doc.tokens[cueStart].lower;
  // "..., according to X" names its own source.
  const participle = word.endsWith('ing') && word !== 'according' && before === ',';
  return participle || before === 'and';
}

/** Gives a sourceless attribution the source and speaker of the one before it. */
export function inheritSource(attribution: Attribution, earlier: Attribution): Attribution {
  return { ...attribution, source: earlier.source, speaker: earlier.speaker, speakerKind: earlier.speakerKind };
}

const auxiliaries = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'did', 'does', 'do', 'also', 'then', 'on', 'in', 'at']);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
// Past tenses without "-ed" that news prose puts right after a speaker ("The mayor spoke to reporters, adding ...").
const irregularPasts = new Set([
  'spoke', 'told', 'said', 'met', 'left', 'went', 'came', 'gave', 'took', 'made', 'sent', 'held', 'led', 'saw', 'heard',
  'wrote', 'began', 'shot', 'struck', 'won', 'lost', 'kept', 'found', 'brought', 'stood', 'fell', 'rose', 'flew', 'fled',
  'fought', 'threw', 'drove', 'broke', 'chose', 'ran', 'sat', 'spent', 'paid', 'sold', 'got', 'knew', 'thought', 'felt', 'hit',
]);

/** An auxiliary or a lower-case word ending like a verb ("rejected", "says"), not "US-led". */
function isVerbLike(word: string): boolean {
  return auxiliaries.has(word) || irregularPasts.has(word) || /^[a-z]+(?:ed|s)$/.test(word);
}

/** A word that is a finite verb whatever its neighbours: "spoke", "rejected", "was" (not "-s", which plurals share). */
function isVerb(word: string): boolean {
  return irregularPasts.has(word) || /^(?:is|was|are|were|has|had|will|would|did)$/.test(word) || /^[a-z]{3,}ed$/.test(word);
}

/**
 * A source run the role model drew past its clause's verb before a participle cue ("The mayor
 * spoke to" before ", adding"): the run's end at that verb, or `last` when it holds none.
 */
export function beforeMainVerb(doc: ExtractDocument, first: number, last: number): number {
  for (let i = first + 1; i < last; i++) if (isVerb(doc.tokens[i].text)) return i;
  return last;
}

/**
 * The subject that opens the sentence of token `cueFirst`, as tokens `[first, last)`: a
 * pronoun, a run of capitalised words ("Donald Trump"), or "the", its noun and up to three
 * more words before the verb ("The regional governor", "The troops"). Null when the sentence
 * opens some other way.
 */
export function sentenceSubject(doc: ExtractDocument, cueFirst: number): [number, number] | null {
  const first = afterDateline(doc, doc.sentences[doc.sentenceOf[cueFirst]].first, cueFirst);
  const opener = doc.tokens[first];
  if (/^(?:He|She|It|They|We)$/.test(opener.text)) return [first, first + 1];
  let last = first;
  if (determiners.has(opener.lower)) {
    // The word after the determiner is its noun even when it ends in "-s" ("The troops").
    last += 2;
    while (last < cueFirst && last - first <= 4 && !isVerbLike(doc.tokens[last].text)) last++;
  } else {
    while (last < cueFirst && last - first < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(doc.tokens[last].text)) last++;
  }
  // "US troops fired": a plural noun, not a verb, when a verb follows it.
  if (last + 1 < cueFirst && /^[a-z]+s$/.test(doc.tokens[last].text) && isVerb(doc.tokens[last + 1].text)) last++;
  return last > first && last < cueFirst && isVerbLike(doc.tokens[last].text) ? [first, last] : null;
}
