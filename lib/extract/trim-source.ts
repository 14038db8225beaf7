import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { isAgentlessPassive, passiveAgent } from './passive-cue';
import { participleSubject } from './participle-subject';
import { pastPrepositionalLead } from './prepositional-lead';
import { endsAbbreviation, pastApposition, pastDescription, pastNameEnd, pastNameLabel, throughRelativeClause, withTitle } from './source-extent';
import { beforeAdjunct, beforePredicate, clauseSubjectStart, pastOpeningAdverbial, subjectBeforeParticiple, throughNounGap } from './source-tail';
import { wholeSubject, withDeterminer } from './subject-phrase';
import { relativeOpeners } from './relative-pronouns';

const dashes = new Set(['—', '–', '―', '--']);
const edgeWords = new Set(['and', 'but', 'or', 'while', 'without', 'as', 'when', 'after', 'before', 'because', 'since', 'also', 'then', 'meanwhile', 'allegedly', 'reportedly', 'purportedly', 'apparently', ',', ';', ':', '.', '(', ')', '"', '“', '”', '’', "'", '-']);
// Words that open a run but stand outside the source: "Both Lee and Poe say", "Even the mayor said".
const leadWords = new Set(['even', 'though', 'although', 'yet', 'perhaps', 'indeed', 'still', 'instead', 'however', 'so', 'moreover', 'furthermore', 'besides']);
const functionWords = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'without', 'and', 'but', 'or', 'as', 'is', 'was', 'be']);
const citingWords = new Set(['citing', 'quoting']);
const cuesBeforeSource = new Set(['according', 'citing', 'quoting', 'by']);
const passiveCues = /^(?:is|was|has been|had been|it is|it was)\b/;

const phraseOpeners = /^(?:a|an|the|one|two|three|several|some|many)$/;

/** The start of a noun phrase of at most five words before token `who`, right after a comma ("In a video, [a man] who"), or -1. */
function personAfterComma(doc: ExtractDocument, who: number, sentenceFirst: number): number {
  let start = who;
  while (start > sentenceFirst && who - start < 5 && doc.tokens[start - 1].text !== ',') start--;
  return start > sentenceFirst && start < who && doc.tokens[start - 1].text === ',' && phraseOpeners.test(doc.tokens[start].lower) ? start : -1;
}

/**
 * "A resident who asked not to be named said", "In a video, a man who identified himself as
 * [the boy's uncle] said": when the run ends right before the cue inside a relative clause that
 * opens with who/that/which after the sentence's subject, or with "who" after a person named
 * past the sentence's opening comma, that subject is the source. Returns the new first token,
 * or `first` unchanged.
 */
function beforeRelativeClause(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  const sentenceFirst = doc.sentences[doc.sentenceOf[cueFirst]].first;
  for (let i = first - 1; i > sentenceFirst && i >= first - 12; i--) {
    const word = doc.tokens[i].lower;
    if (word === ',' || word === '.') return first;
    if (relativeOpeners.has(word) && i - sentenceFirst <= 5) return sentenceFirst;
    const person = word === 'who' && last >= cueFirst - 1 && !doc.tokens[cueFirst].lower.endsWith('ing') ? personAfterComma(doc, i, sentenceFirst) : -1;
    if (person >= 0) return person;
  }
  return first;
}

/**
 * The first token after a wire dateline that opens the paragraph of token `first`'s sentence
 * ("ERBIL, Kurdistan Region — ", "PORTVILLE, March 3 (Valley Wire) - "), or `first` when there is
 * none. A place in capitals, a date or a bracketed wire name tells a dateline from a name
 * before a dash ("Jane Roe — a nurse — said"). A dateline's place is never a speaker.
 */
function pastDateline(doc: ExtractDocument, first: number): number {
  const sentence = doc.sentences[doc.sentenceOf[first]];
  const opensParagraph = sentence.first === 0 || doc.paragraphs[sentence.first] !== doc.paragraphs[sentence.first - 1];
  const end = opensParagraph ? afterDateline(doc, sentence.first, sentence.last) : sentence.first;
  if (end === sentence.first || first >= end) return first;
  const words = doc.text.slice(doc.tokens[sentence.first].start, doc.tokens[end - 1].start);
  return /^\p{Lu}{2,}\b|\d|\(/u.test(words) ? end : first;
}

// A clause that withholds a name: "speaking on condition of anonymity", "asking not to be named".
const withheldName = /^(?:anonymity|anonymously|named|identified|authori[sz]ed)$/;

/**
 * "A senior diplomat, speaking on condition of anonymity, said": a participle clause between
 * commas that withholds the name is why the source is unnamed, not part of who it is (other
 * participle clauses, "Trump, speaking to veterans, said", stay: PolNeAR's annotators keep them).
 * Returns the run's end before such a clause, or `last`.
 */
function beforeAnonymityClause(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  for (let i = first + 1; i < last; i++) {
    if (doc.tokens[i].text !== ',' || !/^[a-z]+ing$/.test(doc.tokens[i + 1]?.text ?? '')) continue;
    // The clause may run past the labelled run up to the cue ("An aide, asking not to be named, said").
    const end = Math.min(Math.max(last, cueFirst), i + 20);
    for (let j = i + 2; j < end && doc.tokens[j].text !== ','; j++) if (withheldName.test(doc.tokens[j].lower)) return i;
  }
  return last;
}

/** Whether token `i` opens the run `[i, last)` without belonging to the source: a lead word, or "Both" of "Both Lee and Poe" (not of "Both sides"). */
function leadsRun(doc: ExtractDocument, i: number, last: number): boolean {
  if (doc.tokens[i].lower !== 'both') return leadWords.has(doc.tokens[i].lower);
  for (let k = i + 1; k < last; k++) if (doc.tokens[k].lower === 'and') return true;
  return false;
}

// Quadratic in the run's length at worst; runs are bounded by the role window, so this stays small.
function hasCloser(doc: ExtractDocument, open: number, last: number): boolean {
  for (let i = open + 1; i < last; i++) if (doc.tokens[i].text === ')') return true;
  return false;
}

/** Whether a "(" opened in `[first, last)` is still open at `last`. */
function hasOpenParenthesis(doc: ExtractDocument, first: number, last: number): boolean {
  let depth = 0;
  for (let i = first; i < last; i++) depth += doc.tokens[i].text === '(' ? 1 : doc.tokens[i].text === ')' ? -1 : 0;
  return depth > 0;
}

/**
 * A source that ends right before ", said" or ") said" takes that mark: it closes an
 * apposition or a party label ("Jane Roe, a nurse, said"; "Sen. Roe (R-Texas) said"), and the
 * PolNeAR annotators count it in the source five times in six.
 */
function withClosingMark(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last !== cueFirst - 1) return last;
  const mark = doc.tokens[last].text;
  return mark === ',' || (mark === ')' && hasOpenParenthesis(doc, first, last)) ? last + 1 : last;
}

/** The run widened to the whole name it cuts: its title before, the rest of the name, a bracketed label and an apposition after. */
function wholeName(doc: ExtractDocument, first: number, last: number, cueFirst: number): [number, number] {
  const sentence = doc.sentences[doc.sentenceOf[first]];
  const limit = last <= cueFirst ? cueFirst : sentence.last;
  const end = pastNameLabel(doc, pastNameEnd(doc, last, limit), limit);
  // Only before the cue: after it ("according to Lee, the troops fired,") a comma may open the claim.
  return [withTitle(doc, first, sentence.first), last <= cueFirst ? pastApposition(doc, end, limit) : end];
}

/**
 * Cleans the token run `[first, last)` the role model gave as a cue's source. A passive's agent
 * ("endorsed by the union") or a participle's clause subject ("Villagers blocked the convoy,
 * demanding") replaces it; an agentless passive ("was accused of") has none. It drops a
 * dateline ("ERBIL, Region — The coalition"), a clause that withholds the name ("X, speaking
 * on condition of anonymity,"), what belongs to the clause around the subject ("the reasons
 * that [Trump] refuses", "In a talk in Dover, [Ann Poe]") or to its predicate ("Clinton had",
 * ", at a briefing,"), stops after the first comma when the source follows "according
 * to"/"citing", and strips conjunctions and punctuation at the edges (but keeps the comma or
 * parenthesis that closes a source right before its cue). It widens a cut noun phrase or name
 * to the whole ("advisers to Mr. Obama", "Sen. Ann Poe (D-Ore.)", "The S.E.C.", an apposition,
 * a describing clause after the cue) and rejects runs of function words and the dummy "it" of
 * "it is reported". Returns the cleaned run, or null when nothing of a source is left.
 */
export function trimSource(doc: ExtractDocument, first: number, last: number, cueFirst: number, cueLast: number): [number, number] | null {
  // A source never holds its cue: a run labelled on both sides of it keeps its larger side.
  if (first < cueLast && last > cueFirst) [first, last] = cueFirst - first >= last - cueLast ? [first, cueFirst] : [cueLast, Math.max(last, cueLast)];
  [first, last] = passiveAgent(doc, cueFirst, cueLast) ?? participleSubject(doc, first, last, cueFirst) ?? subjectBeforeParticiple(doc, first, last, cueFirst) ?? [first, last];
  first = pastDateline(doc, first);
  if (first >= last || (last <= cueFirst && isAgentlessPassive(doc, cueFirst, cueLast))) return null;
  for (let i = last - 1; i > first; i--) if (dashes.has(doc.tokens[i].text)) first = i + 1;
  last = beforeAnonymityClause(doc, first, throughRelativeClause(doc, first, last, cueFirst), cueFirst);
  for (let i = first; i < last; i++) if (citingWords.has(doc.tokens[i].lower)) last = i;
  first = beforeRelativeClause(doc, first, last, cueFirst);
  first = clauseSubjectStart(doc, pastOpeningAdverbial(doc, first, last), last, cueFirst);
  first = wholeSubject(doc, withDeterminer(doc, first, doc.sentences[doc.sentenceOf[first]].first), last, cueFirst);
  if (first >= cueLast && cuesBeforeSource.has(doc.tokens[cueFirst].lower)) {
    for (let i = first; i < last; i++) if (doc.tokens[i].text === ',') last = i;
  }
  while (first < last && (edgeWords.has(doc.tokens[first].lower) || leadsRun(doc, first, last))) first++;
  while (last > first && edgeWords.has(doc.tokens[last - 1].lower)) last--;
  if (first < last && last <= cueFirst) {
    const pastLead = pastPrepositionalLead(doc, first, last);
    if (!pastLead) return null;
    [first, last] = pastLead;
  }
  const closerBefore = last === cueFirst - 1 ? cueFirst : last;
  for (let i = first; i < last; i++) {
    if (doc.tokens[i].text === '(' && !hasCloser(doc, i, closerBefore)) last = i;
  }
  while (last > first && edgeWords.has(doc.tokens[last - 1].lower) && !endsAbbreviation(doc, last - 1)) last--;
  if (first >= last) return null;
  last = throughNounGap(doc, beforePredicate(doc, first, last, cueFirst), cueFirst);
  [first, last] = wholeName(doc, first, last, cueFirst);
  last = pastDescription(doc, first, last, cueLast);
  last = beforeAdjunct(doc, first, withClosingMark(doc, first, last, cueFirst), cueFirst);
  let meaningful = false;
  for (let i = first; i < last; i++) if (!functionWords.has(doc.tokens[i].lower)) meaningful = true;
  if (!meaningful) return null;
  const cueWords = doc.text.slice(doc.tokens[cueFirst].start, doc.tokens[cueLast - 1].end).toLowerCase();
  const dummyIt = last - first === 1 && doc.tokens[first].lower === 'it' && last === cueFirst && passiveCues.test(cueWords);
  return dummyIt ? null : [first, last];
}
