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
 * than a subject, to the end of its clause. Null for any other cue.
 */
export function adverbRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  if (cue.last - cue.first !== 1 || !isAdverbCue(doc, cue.first)) return null;
  const last = clauseEnd(doc, cue.last, sentenceOf(doc, cue.first).last);
  if (last <= cue.last) return null;
  const first = subjectBeforeAdverb(doc, cue, cue.last);
  return { source: [], content: range(first, last).filter((i) => i !== cue.first) };
}

// What opens the next clause after a comma: the hedge covers only its own ("..., and the troops fired").
const nextClause = /^(?:and|but|while|whereas|as|after|before|when|killing|wounding|leaving|saying|according)$/;

/** The end of the clause that runs on from token `from`: a semicolon, colon or dash, a comma before another clause, or `sentenceLast`. */
function clauseEnd(doc: ExtractDocument, from: number, sentenceLast: number): number {
  for (let i = from; i < sentenceLast; i++) {
    const word = doc.tokens[i].text;
    if (/^[;:—–―]$/.test(word) || (word === ',' && nextClause.test(doc.tokens[i + 1]?.lower ?? ''))) return i;
  }
  return sentenceLast;
}

