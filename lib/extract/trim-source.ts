import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { passiveAgent } from './passive-cue';
import { participleSubject } from './shared-subject';
import { endsAbbreviation, pastNameEnd, pastNameLabel, withTitle } from './source-extent';
import { beforePredicate } from './source-tail';
import { wholeSubject } from './subject-phrase';

const dashes = new Set(['—', '–', '―', '--']);
const edgeWords = new Set(['and', 'but', 'or', 'while', 'without', 'as', 'when', 'after', 'before', 'because', 'since', 'also', 'then', 'meanwhile', 'allegedly', 'reportedly', 'purportedly', 'apparently', ',', ';', ':', '.', '(', ')', '"', '“', '”', '’', "'", '-']);
const functionWords = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'without', 'and', 'but', 'or', 'as', 'is', 'was', 'be']);
const relativePronouns = new Set(['who', 'that', 'which', 'whose']);
const citingWords = new Set(['citing', 'quoting']);
const cuesBeforeSource = new Set(['according', 'citing', 'quoting', 'by']);
const passiveCues = /^(?:is|was|has been|had been|it is|it was)\b/;

/**
 * "A resident who asked not to be named said": when the run ends right before the cue inside
 * a relative clause that opens with who/that/which after the sentence's subject, the subject
 * is the source. Returns the new first token, or `first` unchanged.
 */
function beforeRelativeClause(doc: ExtractDocument, first: number, cueFirst: number): number {
  const sentenceFirst = doc.sentences[doc.sentenceOf[cueFirst]].first;
  for (let i = first - 1; i > sentenceFirst && i >= first - 12; i--) {
    const word = doc.tokens[i].lower;
    if (word === ',' || word === '.') return first;
    if (relativePronouns.has(word) && i - sentenceFirst <= 5) return sentenceFirst;
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

/** The run widened to the whole name it cuts: its title before, the rest of the name and a bracketed label after. */
function wholeName(doc: ExtractDocument, first: number, last: number, cueFirst: number): [number, number] {
  const sentence = doc.sentences[doc.sentenceOf[first]];
  const limit = last <= cueFirst ? cueFirst : sentence.last;
  const end = pastNameEnd(doc, last, limit);
  return [withTitle(doc, first, sentence.first), pastNameLabel(doc, end, limit)];
}

/**
 * Cleans the token run `[first, last)` the role model gave as a cue's source: drops a
 * dateline ("ERBIL, Region — The coalition") and a clause that withholds the name ("X, speaking
 * on condition of anonymity,"), stops after the first comma
 * when the source follows "according to"/"citing", strips conjunctions and punctuation at
 * the edges (but keeps the comma or parenthesis that closes a source right before its cue),
 * and rejects runs of function words and the dummy "it" of "it is reported".
 * Returns the cleaned run, or null when nothing of a source is left.
 */
export function trimSource(doc: ExtractDocument, first: number, last: number, cueFirst: number, cueLast: number): [number, number] | null {
  [first, last] = passiveAgent(doc, cueFirst, cueLast) ?? participleSubject(doc, first, last, cueFirst) ?? [first, last];
  first = pastDateline(doc, first);
  if (first >= last) return null;
  for (let i = last - 1; i > first; i--) if (dashes.has(doc.tokens[i].text)) first = i + 1;
  last = beforeAnonymityClause(doc, first, last, cueFirst);
  for (let i = first; i < last; i++) if (citingWords.has(doc.tokens[i].lower)) last = i;
  first = beforeRelativeClause(doc, first, cueFirst);
  first = wholeSubject(doc, first, last, cueFirst);
  if (first >= cueLast && cuesBeforeSource.has(doc.tokens[cueFirst].lower)) {
    for (let i = first; i < last; i++) if (doc.tokens[i].text === ',') last = i;
  }
  while (first < last && edgeWords.has(doc.tokens[first].lower)) first++;
  while (last > first && edgeWords.has(doc.tokens[last - 1].lower)) last--;
  const closerBefore = last === cueFirst - 1 ? cueFirst : last;
  for (let i = first; i < last; i++) {
    if (doc.tokens[i].text === '(' && !hasCloser(doc, i, closerBefore)) last = i;
  }
  while (last > first && edgeWords.has(doc.tokens[last - 1].lower) && !endsAbbreviation(doc, last - 1)) last--;
  if (first >= last) return null;
  last = beforePredicate(doc, first, last, cueFirst);
  [first, last] = wholeName(doc, first, last, cueFirst);
  last = withClosingMark(doc, first, last, cueFirst);
  let meaningful = false;
  for (let i = first; i < last; i++) if (!functionWords.has(doc.tokens[i].lower)) meaningful = true;
  if (!meaningful) return null;
  const cueWords = doc.text.slice(doc.tokens[cueFirst].start, doc.tokens[cueLast - 1].end).toLowerCase();
  const dummyIt = last - first === 1 && doc.tokens[first].lower === 'it' && last === cueFirst && passiveCues.test(cueWords);
  return dummyIt ? null : [first, last];
}
