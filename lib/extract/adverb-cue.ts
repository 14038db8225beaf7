import { isClauseWord, range, sentenceOf } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

// Adverbs that attribute a claim to someone unnamed from inside it: "The guards reportedly fired".
const adverbCues = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);
// A subject is a few words: a longer stretch before the adverb holds more than the subject.
const maxSubject = 15;

/**
 * The first token of the subject before an adverb cue whose claim starts right after it
 * ("Dozens of farmers reportedly tried to stop the trucks"): the claim is the subject and its
 * predicate, one span with the adverb inside (as PolNeAR's annotators mark it, in two pieces).
 * Returns `contentFirst` when the cue is not such an adverb or the stretch before it is not a
 * bare subject (a comma, a quotation or a clause of its own).
 */
export function subjectBeforeAdverb(doc: ExtractDocument, cue: CueRange, contentFirst: number): number {
  if (cue.last - cue.first !== 1 || !adverbCues.has(doc.tokens[cue.first].lower) || contentFirst !== cue.last) return contentFirst;
  const sentenceFirst = doc.sentences[doc.sentenceOf[cue.first]].first;
  const first = afterDateline(doc, sentenceFirst, cue.first);
  if (first >= cue.first || cue.first - first > maxSubject) return contentFirst;
  for (let i = first; i < cue.first; i++) {
    const word = doc.tokens[i].lower;
    if (word === ',' || doc.quotes[i] >= 0 || (isClauseWord(word) && !/^(?:he|she|it|they|we)$/.test(word))) return contentFirst;
  }
  return first;
}

/**
 * True when token `i` is a hedging adverb that attributes the claim around it to someone
 * unnamed: "He allegedly waved a knife" (a lower-case word, the verb, follows; not inside a
 * quotation, where it is the speaker's own word).
 */
export function isAdverbCue(doc: ExtractDocument, i: number): boolean {
  if (!adverbCues.has(doc.tokens[i].lower) || doc.quotes[i] >= 0) return false;
  return /^[a-z]/.test(doc.tokens[i + 1]?.text ?? '') && doc.sentenceOf[i + 1] === doc.sentenceOf[i];
}

/**
 * Roles for a hedging adverb cue ("The guard allegedly waved a knife."): no source (nobody is
 * named), and the claim from its subject, or from the adverb when the stretch before is more
 * than a subject, to the sentence end. Null for any other cue.
 */
export function adverbRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  if (cue.last - cue.first !== 1 || !isAdverbCue(doc, cue.first)) return null;
  const sentence = sentenceOf(doc, cue.first);
  if (sentence.last <= cue.last) return null;
  const first = subjectBeforeAdverb(doc, cue, cue.last);
  return { source: [], content: range(first, sentence.last).filter((i) => i !== cue.first) };
}

