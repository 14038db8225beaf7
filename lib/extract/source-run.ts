import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import { relativePronouns } from './relative-pronouns';

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
// Words that open a clause whose subject then runs whole up to the source's head: "after regime forces refused".
const clauseOpeners = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'until', 'once', 'whereas']);
const closedClass = new Set([...determiners, 'and', 'or', 'but', 'not', 'no', 'its', 'his', 'her', 'their', 'our', 'it', 'he', 'she', 'they', 'we', 'there', 'then', 'also']);

// Words that say when after a clause opener, not whose: "before dawn witnesses said".
const timeNouns = new Set(['dawn', 'dusk', 'noon', 'midnight', 'nightfall', 'sunrise', 'sunset', 'daybreak', 'midday', 'today', 'tonight', 'yesterday']);

// "after regime forces refused": a lowercase modifier between a clause opener and the run is the
// subject's; a plural ("after months officials") or a time ("before dawn witnesses") is the opener's.
function opensWithModifier(doc: ExtractDocument, first: number, sentenceFirst: number): boolean {
  if (first - 2 < sentenceFirst || !clauseOpeners.has(doc.tokens[first - 2].lower)) return false;
  const word = doc.tokens[first - 1].text;
  return /^\p{Ll}[\p{Ll}-]{1,30}$/u.test(word) && !closedClass.has(word) && !/(?:ly|s)$/.test(word) && !timeNouns.has(word);
}

/**
 * The role model's source run `[first, last)` made whole where it stops inside a noun phrase:
 * with the article just before it ("The" of "The harbour master") or the modifier after a clause
 * opener ("regime" of "after regime forces refused"), and, when it ends on a
 * relative pronoun before its cue, with the relative clause up to the cue ("A resident who asked
 * not to be named"), which source trimming then cuts at the pronoun as it does for any source.
 */
export function wholeSourceRun(doc: ExtractDocument, first: number, last: number, cue: CueRange): [number, number] {
  const sentence = doc.sentences[doc.sentenceOf[first]];
  if (first > sentence.first && determiners.has(doc.tokens[first - 1].lower) && !determiners.has(doc.tokens[first].lower)) first--;
  else if (opensWithModifier(doc, first, sentence.first)) first--;
  const endsOnPronoun = relativePronouns.has(doc.tokens[last - 1].lower) && last < cue.first;
  if (endsOnPronoun && doc.sentenceOf[cue.first] === doc.sentenceOf[last - 1] && cue.first - last <= 12) last = cue.first;
  return [first, last];
}
