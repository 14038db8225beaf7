import { isClauseWord } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

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
