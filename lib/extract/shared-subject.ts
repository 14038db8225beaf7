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
  const participle = doc.tokens[cueStart].lower.endsWith('ing') && before === ',';
  return participle || before === 'and';
}

/** Gives a sourceless attribution the source and speaker of the one before it. */
export function inheritSource(attribution: Attribution, earlier: Attribution): Attribution {
  return { ...attribution, source: earlier.source, speaker: earlier.speaker, speakerKind: earlier.speakerKind };
}

const auxiliaries = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'did', 'does', 'do', 'also', 'then', 'on', 'in', 'at']);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** An auxiliary or a lower-case word ending like a verb ("rejected", "says"), not "US-led". */
function isVerbLike(word: string): boolean {
  return auxiliaries.has(word) || /^[a-z]+(?:ed|s)$/.test(word);
}

/**
 * The subject that opens the sentence of token `cueFirst`, as tokens `[first, last)`: a
 * pronoun, a run of capitalised words ("Donald Trump"), or "the" and up to three words before
 * the verb ("The regional governor"). Null when the sentence opens some other way.
 */
export function sentenceSubject(doc: ExtractDocument, cueFirst: number): [number, number] | null {
  const first = afterDateline(doc, doc.sentences[doc.sentenceOf[cueFirst]].first, cueFirst);
  const opener = doc.tokens[first];
  if (/^(?:He|She|It|They|We)$/.test(opener.text)) return [first, first + 1];
  let last = first;
  if (determiners.has(opener.lower)) {
    last++;
    while (last < cueFirst && last - first <= 4 && !isVerbLike(doc.tokens[last].text)) last++;
  } else {
    while (last < cueFirst && last - first < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(doc.tokens[last].text)) last++;
  }
  return last > first && last < cueFirst && isVerbLike(doc.tokens[last].text) ? [first, last] : null;
}
