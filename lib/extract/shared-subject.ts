import type { Attribution } from '../model/attribution';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { abbreviatedTitles } from './titles';

/**
 * True when a cue shares the subject of the clause before it: a participle after a comma
 * ("..., saying", "..., adding") or a verb after "and" or "but" ("denied the report and said",
 * "agreed, but also contended").
 * `cueStart` is the cue's first token.
 */
export function sharesSubject(doc: ExtractDocument, cueStart: number): boolean {
  const before = doc.tokens[cueStart - 1]?.lower;
  const word = doc.tokens[cueStart].lower;
  // "..., according to X" names its own source.
  const participle = word.endsWith('ing') && word !== 'according' && before === ',';
  // "agreed, but also contended": an adverb may stand after the conjunction.
  const conjunction = laterAdverbs.has(before ?? '') ? doc.tokens[cueStart - 2]?.lower : before;
  return participle || conjunction === 'and' || conjunction === 'but';
}

const laterAdverbs = new Set(['also', 'then', 'later', 'still', 'now']);

/** Gives a sourceless attribution the source and speaker of the one before it. */
export function inheritSource(attribution: Attribution, earlier: Attribution): Attribution {
  return { ...attribution, source: earlier.source, speaker: earlier.speaker, speakerKind: earlier.speakerKind };
}

// Words that end a subject because the predicate starts with them: auxiliaries, a few adverbs, and
// the prepositions that open "the mayor [on Monday] said".
const predicateStarts = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'did', 'does', 'do', 'also', 'then', 'on', 'in', 'at']);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'two', 'three', 'four', 'several', 'some', 'many', 'most', 'no']);
// Past tenses without "-ed" that news prose puts right after a speaker ("The mayor spoke to reporters, adding ..."),
// and "died", too short for the "-ed" pattern.
const irregularPasts = new Set([
  'spoke', 'told', 'said', 'met', 'left', 'went', 'came', 'gave', 'took', 'made', 'sent', 'held', 'led', 'saw', 'heard',
  'wrote', 'began', 'shot', 'struck', 'won', 'lost', 'kept', 'found', 'brought', 'stood', 'fell', 'rose', 'flew', 'fled',
  'fought', 'threw', 'drove', 'broke', 'chose', 'ran', 'sat', 'spent', 'paid', 'sold', 'got', 'knew', 'thought', 'felt', 'hit',
  'died',
]);

/** A word that starts a predicate or a lower-case word ending like a verb ("rejected", "says"), not "US-led". */
function isVerbLike(word: string): boolean {
  return predicateStarts.has(word) || irregularPasts.has(word) || /^[a-z]+(?:ed|s)$/.test(word);
}

/** A word that is a finite verb whatever its neighbours: "spoke", "rejected", "was" (not "-s", which plurals share). */
export function isVerb(word: string): boolean {
  return irregularPasts.has(word) || /^(?:is|was|are|were|has|had|will|would|did)$/.test(word) || /^[a-z]{3,}ed$/.test(word);
}

/**
 * A source run the role model drew past its clause's verb before a participle cue ("The mayor
 * spoke to" before ", adding"): the run's end at that verb, or `last` when it holds none.
 */
export function beforeMainVerb(doc: ExtractDocument, first: number, last: number): number {
  // "Its director, reached by ...": the comma before the verb closes the subject and stays out.
  for (let i = first + 1; i < last; i++) if (isVerb(doc.tokens[i].text)) return doc.tokens[i - 1].text === ',' && i - 1 > first ? i - 1 : i;
  return last;
}

/**
 * The subject that opens the sentence of token `cueFirst`, as tokens `[first, last)`: a
 * pronoun, a run of capitalised words ("Donald Trump"), or "the", its noun and up to three
 * more words before the verb ("The regional governor", "The troops"). Null when the sentence
 * opens some other way.
 */
export function sentenceSubject(doc: ExtractDocument, cueFirst: number): [number, number] | null {
  return subjectAt(doc, pastOpening(doc, afterDateline(doc, doc.sentences[doc.sentenceOf[cueFirst]].first, cueFirst), cueFirst), cueFirst);
}

/**
 * The subject that starts at token `first` and whose verb comes before token `limit`, as tokens
 * `[first, last)` (see sentenceSubject for the shapes it takes); null when none starts there.
 */
export function subjectAt(doc: ExtractDocument, first: number, limit: number): [number, number] | null {
  const opener = doc.tokens[first];
  // A quotation, a clause ("When the mayor ...") or a participle ("Speaking at ...") opens with no subject of the sentence.
  if (doc.quotes[first] >= 0 || subordinators.test(opener.lower) || /^\p{Lu}[a-z]+ing$/u.test(opener.text)) return null;
  if (/^(?:he|she|it|they|we)$/.test(opener.lower)) return [first, first + 1];
  let last = first;
  if (determiners.has(opener.lower)) {
    // The word after the determiner is its noun even when it ends in "-s" ("The troops").
    last += 2;
    while (last < limit && last - first <= 4 && !isVerbLike(doc.tokens[last].text)) last++;
  } else {
    // "Mr. Lee": the dot after a title stays inside the name.
    while (last < limit && last - first < 5 && (/^\p{Lu}[\p{L}.'’-]*$/u.test(doc.tokens[last].text) || titleDot(doc, last))) last++;
  }
  // "US troops fired": a plural noun, not a verb, when a verb follows it.
  if (last + 1 < limit && /^[a-z]+s$/.test(doc.tokens[last].text) && !predicateStarts.has(doc.tokens[last].text) && isVerb(doc.tokens[last + 1].text)) last++;
  // "Trump openly admires": an adverb may stand between the subject and its verb.
  const verb = /^[a-z]{3,}ly$/.test(doc.tokens[last]?.text ?? '') ? last + 1 : last;
  if (!(last > first && verb < limit && isVerbLike(doc.tokens[verb].text))) return null;
  // "Its director, reached by phone, said": the comma closes the subject and stays out of it.
  return doc.tokens[last - 1].text === ',' && last - 1 > first ? [first, last - 1] : [first, last];
}

const titleDot = (doc: ExtractDocument, i: number) => doc.tokens[i].text === '.' && abbreviatedTitles.has(doc.tokens[i - 1]?.lower ?? '');
const subordinators = /^(?:when|while|as|if|because|after|before|although|though|since|once|until|unless|whether|here|there|back|amid|alongside|despite|like|unlike)$/;
// Words that open an adverbial before the subject: "In August, the groups ...", "Meanwhile, it ...".
const openingAdverbials = /^(?:in|on|at|after|before|during|since|for|with|by|from|under|meanwhile|however|still|yet|later|earlier|instead|now|then|also|separately|last|this)$/;
// "But the mayor said", "And it added": a conjunction before the subject.
const openingConjunctions = /^(?:but|and|so|yet)$/;
const maxOpening = 15;

/** The first token after an adverbial that opens a sentence and ends with a comma ("In a statement on Monday, "), or `first`. */
function pastOpening(doc: ExtractDocument, first: number, cueFirst: number): number {
  if (openingConjunctions.test(doc.tokens[first].lower) && doc.tokens[first + 1]?.text !== ',') first++;
  if (!openingAdverbials.test(doc.tokens[first].lower)) return first;
  for (let i = first + 1; i < Math.min(cueFirst - 2, first + maxOpening); i++) {
    if (doc.tokens[i].text === ',') return i + 1;
    if (isVerb(doc.tokens[i].text) || doc.quotes[i] >= 0) return first;
  }
  return first;
}

