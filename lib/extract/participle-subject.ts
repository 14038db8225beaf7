import { isClauseWord } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { isVerb, sentenceSubject } from './shared-subject';

// Participles that name their own source or a part of the claim, not the subject's act: "citing X", "including".
const notSharing = /^(?:according|citing|quoting|including|regarding|concerning|following|during)$/;
// Adverbs that may stand between the comma and the participle: "..., even suggesting", "..., perhaps recognizing".
const participleAdverbs = /^(?:even|perhaps|also|again|then|still|later|often|apparently|[a-z]{3,}ly)$/;
// Words before a verb that belong to its verb group, not its subject: "has long blocked", "had also said".
const verbGroup = /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|also|long|then|still|never|not|[a-z]{3,}ly)$/;
// Words that end a subject on its left: a clause opens there ("after villagers blocked").
const subjectStops = /^(?:,|;|:|after|before|when|while|as|because|since|if|that|who|which|where|but|or|and|then|said|says)$/;
const determinerLike = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my)$/;
const maxSubject = 8;
const maxPredicate = 30;

/** The verb nearest before token `end` in its sentence that is finite ("blocked", "was"), or -1; "the armed men" is no verb. */
function finiteVerbBefore(doc: ExtractDocument, end: number, floor: number): number {
  for (let i = end - 1; i > floor && i >= end - maxPredicate; i--) {
    if (doc.quotes[i] >= 0) return -1;
    if (isVerb(doc.tokens[i].text) && !determinerLike.test(doc.tokens[i - 1].lower)) return i;
  }
  return -1;
}

/**
 * The subject of the clause that ends at the comma `comma` ("after villagers blocked the path
 * of a convoy,"): the words before that clause's finite verb back to where the clause opens,
 * as tokens `[first, last)`. Null when no such verb or no subject is found.
 */
export function clauseSubject(doc: ExtractDocument, comma: number): [number, number] | null {
  const floor = afterDateline(doc, doc.sentences[doc.sentenceOf[comma]].first, comma);
  let last = finiteVerbBefore(doc, comma, floor);
  while (last > floor && verbGroup.test(doc.tokens[last - 1].lower)) last--;
  let first = last;
  while (first > floor && last - first < maxSubject && !subjectStops.test(doc.tokens[first - 1].lower) && doc.quotes[first - 1] < 0) first--;
  // A closing quotation mark also opens the clause: `“...,” he said, referring to ...`.
  if (last <= first || (first > floor && !subjectStops.test(doc.tokens[first - 1].lower) && doc.quotes[first - 1] < 0)) return null;
  const pronoun = last - first === 1 && /^(?:he|she|it|they|we)$/.test(doc.tokens[first].lower);
  return pronoun || (/^[\p{L}\d]/u.test(doc.tokens[first].text) && !isClauseWord(doc.tokens[last - 1].lower)) ? [first, last] : null;
}

/**
 * Who acts in a participle after a comma ("Villagers blocked the convoy, demanding ..."; an
 * adverb may stand between them): the subject of the clause before the comma when that clause
 * opens inside the sentence, else the sentence's subject. Null when the cue is no such participle or no subject is found.
 */
export function subjectOfParticiple(doc: ExtractDocument, cueFirst: number): [number, number] | null {
  const word = doc.tokens[cueFirst].lower;
  if (!word.endsWith('ing') || notSharing.test(word)) return null;
  const comma = participleAdverbs.test(doc.tokens[cueFirst - 1]?.lower ?? '') ? cueFirst - 2 : cueFirst - 1;
  if (doc.tokens[comma]?.text !== ',') return null;
  // A clause that opens the sentence has the sentence's subject, which sentenceSubject finds more
  // surely (past an opening adverbial); a clause opened inside it ("after villagers blocked") has its own.
  const clause = clauseSubject(doc, comma);
  const inner = clause && clause[0] > doc.sentences[doc.sentenceOf[comma]].first ? clause : null;
  return inner ?? sentenceSubject(doc, cueFirst);
}

/**
 * The participle's subject (see subjectOfParticiple) when the run `[first, last)` the role
 * model gave lies after it, in its predicate (the object "the convoy" is not who speaks).
 * Null otherwise.
 */
export function participleSubject(doc: ExtractDocument, first: number, last: number, cueFirst: number): [number, number] | null {
  if (last > cueFirst) return null;
  const subject = subjectOfParticiple(doc, cueFirst);
  return subject && first >= subject[1] ? subject : null;
}
