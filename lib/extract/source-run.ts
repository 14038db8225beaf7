import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import { relativePronouns } from './relative-pronouns';

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * The role model's source run `[first, last)` made whole where it stops inside a noun phrase:
 * with the article just before it ("The" of "The harbour master"), and, when it ends on a
 * relative pronoun before its cue, with the relative clause up to the cue ("A resident who asked
 * not to be named"), which source trimming then cuts at the pronoun as it does for any source.
 */
export function wholeSourceRun(doc: ExtractDocument, first: number, last: number, cue: CueRange): [number, number] {
  const sentence = doc.sentences[doc.sentenceOf[first]];
  if (first > sentence.first && determiners.has(doc.tokens[first - 1].lower) && !determiners.has(doc.tokens[first].lower)) first--;
  const endsOnPronoun = relativePronouns.has(doc.tokens[last - 1].lower) && last < cue.first;
  if (endsOnPronoun && doc.sentenceOf[cue.first] === doc.sentenceOf[last - 1] && cue.first - last <= 12) last = cue.first;
  return [first, last];
}
