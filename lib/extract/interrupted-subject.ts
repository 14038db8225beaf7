import { months, weekdays, wordPattern } from './calendar-words';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { looksLikeSource } from './clause-parts';
import type { CueRange } from './tag-cues';

// A clause set between a subject and its verb opens with a relative pronoun or is an
// apposition: "The army, which the rebels also blamed, denied", "Okafor, a reporter who lives
// there, later wrote", "Sedik, 41, said".
const insertOpeners = /^(?:who|which|whose|whom|a|an|the|his|her|its|their|\d+)$/;
// What may stand between the clause's closing comma and the cue: "later", "also", "again".
const adverbs = /^(?:later|also|then|again|earlier|first|initially|previously|once|still|now|separately|too|[a-z]{3,}ly)$/;
// Words that open a sentence before its subject: "But Ann Poe, ...", "And so far the board, ...".
const sentenceOpeners = /^(?:but|and|yet|so|still|meanwhile|now|as|far)$/;
const maxInsert = 30;
const maxAdverbs = 2;

/** A subject with the clause that keeps it from its cue, and the comma that opens that clause. */
export interface InterruptedSubject {
  subject: [number, number];
  clauseOpen: number;
}

const nameWord = /^(?:\p{Lu}[\p{L}’'-]*\.?|\.)$/u;
// Capitalised words that open a sentence's adverbial, not a name: "On Monday, the navy, which ...".
const notNames = wordPattern(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'by', 'for', 'from', 'with', 'last', 'early', 'late', ...weekdays, ...months]);
const maxName = 5;

/** "Ann Poe, the union's president, which ...": a role opening the subject takes in the name before its comma. */
function withNameBefore(doc: ExtractDocument, start: number, floor: number): number {
  if (!/^(?:a|an|the)$/.test(doc.tokens[start].lower) || doc.tokens[start - 1]?.text !== ',') return start;
  let name = start - 1;
  while (name > floor && start - 1 - name < maxName && nameWord.test(doc.tokens[name - 1].text) && !notNames.test(doc.tokens[name - 1].lower)) name--;
  const opensClause = name === floor || doc.tokens[name - 1].text === ',';
  return name < start - 1 && opensClause ? name : start;
}

/** The comma that closes a clause set before the cue, past at most two adverbs; -1 when none. */
function closingComma(doc: ExtractDocument, cue: CueRange, floor: number): number {
  let i = cue.first - 1;
  while (i > floor && cue.first - 1 - i < maxAdverbs && adverbs.test(doc.tokens[i].text)) i--;
  return doc.tokens[i]?.text === ',' ? i : -1;
}

/**
 * The subject of a cue that a clause set off by commas keeps from its verb, with the clause
 * (as PolNeAR's sources keep it): "The army, which the rebels also blamed, denied ..." gives
 * "The army, which the rebels also blamed"; "Okafor, a reporter who lives there, later wrote"
 * gives "Okafor, a reporter who lives there". The subject runs from the sentence's start
 * (after a dateline) or the comma before it. Null when the cue does not follow such a clause
 * or the words before the clause cannot name a speaker. Opening conjunctions ("But") stay
 * out.
 */
export function subjectBeforeInsertedClause(doc: ExtractDocument, cue: CueRange): InterruptedSubject | null {
  const sentenceFirst = doc.sentences[doc.sentenceOf[cue.first]].first;
  const floor = afterDateline(doc, sentenceFirst, cue.first);
  const close = closingComma(doc, cue, floor);
  if (close < 0) return null;
  let open = close - 1;
  while (open > floor && close - open <= maxInsert && doc.tokens[open].text !== ',') {
    if (doc.quotes[open] >= 0 || /^[;:()—–]$/.test(doc.tokens[open].text)) return null;
    open--;
  }
  if (doc.tokens[open]?.text !== ',' || open === close - 1 || !insertOpeners.test(doc.tokens[open + 1].lower)) return null;
  let start = open - 1;
  while (start > floor && doc.tokens[start - 1].text !== ',') start--;
  start = withNameBefore(doc, start, floor);
  while (start < open - 1 && sentenceOpeners.test(doc.tokens[start].lower)) start++;
  return looksLikeSource(doc, start, open) ? { subject: [start, close], clauseOpen: open } : null;
}
