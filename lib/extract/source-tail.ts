import { months, weekdays, wordPattern } from './calendar-words';
import type { ExtractDocument } from './document';
import { relativePronouns } from './relative-pronouns';

// Auxiliaries, modals and adverbs that open the predicate, not the subject: "Clinton had mocked", "Few people would have".
const predicateOpeners = new Set([
  'had', 'has', 'have', 'would', 'could', 'will', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'is', 'was', 'are', 'were',
  'also', 'still', 'almost', 'not', 'often', 'now', 'then', 'first', 'further', 'together', 'already', 'never', 'even', 'again', 'once', 'later', 'soon', 'just',
]);
// Words ending in "-ly" that are nouns, not adverbs: "Pyongyang's only ally".
const lyNouns = new Set(['family', 'ally', 'supply', 'assembly', 'rally', 'anomaly', 'monopoly', 'butterfly', 'homily']);

/** Only a word written in lower case: "in May", "Ann Reilly" are a month and a name. */
function opensPredicate(word: string): boolean {
  return predicateOpeners.has(word) || /n[’']t$/.test(word) || (/^[a-z]{4,}ly$/.test(word) && !lyNouns.has(word));
}

/**
 * The end of a source run right before its cue without the words of the predicate it took
 * ("Clinton had" of "Clinton had mocked", "Gingrich cynically" of "Gingrich cynically
 * dismissed"); `last` when the run is not next to the cue or is nothing but such words.
 */
export function beforePredicate(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last !== cueFirst) return last;
  let end = last;
  while (end - 1 > first && opensPredicate(doc.tokens[end - 1].text)) end--;
  return end;
}

// Words that open a clause inside a run: its subject follows ("the reasons that Trump refuses", "Back when he wrote").
const clauseOpeners = new Set(['which', 'whom', 'how', 'when', 'where', 'why', 'though', 'although', 'if', 'since', 'because', 'while', 'whether', 'unless', 'until']);
const nominativePronouns = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * The first token of the clause subject right before the cue when the run reaches back into
 * the clause around it: after a word that opens a clause ("how experts say", "the reasons that
 * Trump refuses"), at a subject pronoun ("the rate he proposed"), or the relative pronoun alone
 * when the run ends on one ("a staffer at the agency who told"). Returns `first` otherwise.
 */
export function clauseSubjectStart(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last !== cueFirst || last - first < 2) return first;
  if (relativePronouns.has(doc.tokens[last - 1].lower)) return last - 1;
  // A comma closes a clause that describes the subject before it ("Ann Poe, who chairs the panel, said").
  for (let i = last - 1; i >= first && doc.tokens[i].text !== ','; i--) {
    const word = doc.tokens[i].lower;
    if (i > first && nominativePronouns.has(word)) return beforePredicate(doc, i, last, cueFirst) === i + 1 ? i : first;
    // "that" opens a clause before a name or a pronoun ("the reasons that Trump refuses"), not before a noun ("that gap").
    const next = doc.tokens[i + 1];
    const thatClause = word === 'that' && /^[a-z]+$/.test(doc.tokens[i - 1]?.text ?? '') && (/^\p{Lu}/u.test(next.text) || nominativePronouns.has(next.lower));
    if ((clauseOpeners.has(word) || thatClause) && i + 1 < last) return i + 1;
  }
  return first;
}

// Prepositions that open an adverbial between the subject and its verb: "Ann Poe, at a briefing, said".
const adjunctOpeners = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'with', 'from', 'despite', 'amid']);
const documentNouns = /^(?:polls?|surveys?|study|studies|reports?|analysis|review|audit|census|data|figures|numbers|results)$/;
const timeOpeners = new Set(['on', 'in', 'this', 'last', 'earlier', 'late', 'early', 'next']);
const timeWords = wordPattern([...weekdays, 'today', 'yesterday', 'week', 'month', 'year', 'morning', 'evening', 'night', ...months], '\\d{4}');

/**
 * The end of a run before its cue without an adverbial that says when, where or how it was
 * said ("Ann Poe, at a briefing, said", "the court on Friday ruled", "the board this month
 * found"). The comma closing an apposition before it stays. Returns `last` when there is none.
 */
export function beforeAdjunct(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last !== cueFirst) return last;
  const word = (i: number) => doc.tokens[i]?.lower ?? '';
  // "A poll released last week" and "a survey in March" keep their time: it tells which one.
  const tellsWhich = /ed$/.test(word(last - 3)) || documentNouns.test(word(last - 3));
  if (last - first > 2 && !tellsWhich && timeOpeners.has(word(last - 2)) && timeWords.test(word(last - 1))) return last - 2;
  if (word(last - 1) !== ',') return last;
  for (let i = last - 2; i > first; i--) {
    if (word(i) !== ',') continue;
    if (!adjunctOpeners.has(word(i + 1))) return last;
    for (let j = first + 1; j < i; j++) if (word(j) === ',') return i + 1;
    return i;
  }
  return last;
}

// What a subject opens with after the adverbial's comma: a name, an article or a number word ("In August, several groups").
const subjectOpener = /^(?:\p{Lu}|(?:the|a|an|several|some|many|most|two|three|four|five)$)/u;
const openingPrepositions = new Set(['in', 'at', 'on', 'from', 'during', 'after', 'before', 'near', 'outside', 'inside']);

/**
 * The first token of a run without the end of an adverbial that opens its sentence ("In a
 * talk in [Washington, Ann Poe] said", "[Last week Ann Poe] said"): past the comma that closes a
 * place after a preposition, or past "last week"; `first` otherwise.
 */
export function pastOpeningAdverbial(doc: ExtractDocument, first: number, last: number): number {
  const word = (i: number) => doc.tokens[i]?.lower ?? '';
  if (timeOpeners.has(word(first)) && timeWords.test(word(first + 1)) && first + 2 < last) return word(first + 2) === ',' ? first + 3 : first + 2;
  if (!openingPrepositions.has(word(first - 1))) return first;
  for (let i = first + 1; i < Math.min(last - 1, first + 6); i++) if (word(i) === ',') return subjectOpener.test(doc.tokens[i + 1].text) ? i + 1 : first;
  return first;
}

/**
 * "Trump, speaking to [a veterans group], said": a run inside a participle clause set off by
 * commas right before the cue is who was spoken to or about; the name that opens the sentence
 * before the clause speaks. Returns that name as `[first, last)`, or null.
 */
export function subjectBeforeParticiple(doc: ExtractDocument, first: number, last: number, cueFirst: number): [number, number] | null {
  if (last < cueFirst - 1 || last > cueFirst || doc.tokens[cueFirst - 1].text !== ',') return null;
  const floor = doc.sentences[doc.sentenceOf[first]].first;
  let comma = first - 1;
  while (comma > first - 8 && comma > floor && doc.tokens[comma].text !== ',') comma--;
  if (doc.tokens[comma]?.text !== ',' || !/^[a-z]{3,}ing$/.test(doc.tokens[comma + 1].text) || comma + 1 === first) return null;
  let start = comma;
  while (start > floor && comma - start < 5 && /^(?:\p{Lu}[\p{L}’'-]*|\.)$/u.test(doc.tokens[start - 1].text)) start--;
  return start === floor && start < comma && /^\p{Lu}/u.test(doc.tokens[start].text) ? [start, comma] : null;
}

// Words that cannot carry a noun phrase on to its head: prepositions other than "of", pronouns, conjunctions.
const gapBreakers = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'after', 'before', 'during', 'over', 'as', 'than',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'and', 'or', 'but', 'so', 'yet', 'this', 'that', 'there', 'here',
  'when', 'while', 'where', 'because', 'if', 'behind', 'not', 'under', 'without', 'into', 'through', 'against', 'across', 'since', 'until',
  'among', 'between', 'toward', 'towards', 'upon', 'within',
  // Sentence adverbs that stand between a subject and its verb: "The army meanwhile said".
  'meanwhile', 'however', 'too', 'instead', 'likewise', 'overnight', 'elsewhere', 'though', 'therefore', 'thus',
  'nonetheless', 'nevertheless', 'separately', 'alone', 'itself', 'himself', 'herself', 'themselves']);
// A run that ends on one of these stops before its noun and may take a few words more ("one of [her ads]");
// any other takes one ("the harbour [board]").
const openPhrase = new Set(['of', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'one']);
const maxNounGap = 3;

/**
 * The end of a run that stops short of its head noun right before the cue ("a Donald Trump
 * [tweet] attacking", "A group of [doctors] calling", "the Gannett [newspaper chain] arguing"):
 * the cue when every word between is a lower-case word that can continue a noun phrase (not a
 * predicate opener, an adverb, a past form, a time word, a pronoun or a preposition but "of");
 * `last` otherwise, and always after a pronoun ("she [began] saying" is her verb).
 */
export function throughNounGap(doc: ExtractDocument, last: number, cueFirst: number): number {
  const runEnd = doc.tokens[last - 1].lower;
  const gap = openPhrase.has(runEnd) ? maxNounGap : 1;
  if (last >= cueFirst || cueFirst - last > gap || nominativePronouns.has(runEnd) || relativePronouns.has(runEnd)) return last;
  for (let i = last; i < cueFirst; i++) {
    const word = doc.tokens[i].text;
    const pastForm = word.endsWith('ed');
    if (!/^[a-z][a-z-]{0,30}$/.test(word) || pastForm || gapBreakers.has(word) || relativePronouns.has(word) || opensPredicate(word) || timeWords.test(word)) return last;
  }
  return cueFirst;
}
