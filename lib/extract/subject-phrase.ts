import { weekdays, wordPattern } from './calendar-words';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';

// Words that join a head to what the role model kept of its noun phrase: "advisers to Mr. Obama", "Regulators and groups".
const joiners = new Set(['of', 'to', 'in', 'at', 'from', 'for', 'and']);
// Words a clause opens with: the subject starts after them ("while our enemies", "as the United States").
const clauseOpeners = new Set([
  'while', 'as', 'when', 'before', 'after', 'because', 'since', 'if', 'though', 'although', 'but', 'that', 'so', 'yet', 'once',
  'until', 'unless', 'whether', 'where', 'which', 'who', 'whom', 'whose', 'what', 'how', 'why', 'than', 'or', 'nor', ';', ':', '(', '—', '–', '―', '-',
]);
// A phrase that opens the sentence with one of these is an adverbial before the subject: "In a meeting with the board Trump said".
const adverbialOpeners = new Set(['in', 'at', 'on', 'with', 'during', 'after', 'before', 'by', 'for', 'from', 'like', 'unlike', 'contrary', 'despite', 'among', 'but', 'so', 'then', 'also', 'already', 'just', 'however']);
const pronouns = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'them']);
// Words that show the stretch holds a verb, so it is a clause and not a noun phrase.
const verbs = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'do', 'does', 'did', 'said', 'says', 'say', 'told', 'made', 'uses', 'used', 'not',
]);
// Time words before a subject are an adverbial, not part of it: "Last week the mayor said".
const timeWords = wordPattern(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'tonight', ...weekdays]);
const quoteMarks = /^["“”‘’']$/;
const maxReach = 12;

function stopsPhrase(doc: ExtractDocument, i: number): 'start' | 'abort' | null {
  const token = doc.tokens[i];
  if (clauseOpeners.has(token.lower) || timeWords.test(token.lower) || quoteMarks.test(token.text)) return 'start';
  if (token.lower === 'and' && doc.tokens[i - 1]?.text === ',') return 'start';
  if (verbs.has(token.lower) || pronouns.has(token.lower) || /^[a-z]{3,}ed$|n[’']t$/.test(token.text) || doc.quotes[i] >= 0) return 'abort';
  return null;
}

const determiners = new Set(['the', 'a', 'an', 'our', 'my', 'his', 'her', 'their', 'its', 'your', 'both', 'several', 'some', 'many', 'most', 'all', 'other', 'others', 'recent']);
// At most this many other lower-case words: more and the stretch likely hides a verb ("companies seek to minimize").
const maxContentWords = 2;

/**
 * "advisers to Mr. Obama say", "Regulators and environmental groups worried", "the United
 * States, Britain and France support": when the run before a finite cue holds only the last
 * words of the subject, the first token of the whole noun phrase, back to where the clause
 * opens (the sentence start, a comma or a word such as "while"). Returns `first` when the
 * run is not right before the cue, no "of", "to", "and" (or list comma) joins it to words
 * before, or the stretch holds a verb, a pronoun or more than two other lower-case words.
 */
export function wholeSubject(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last !== cueFirst || !beforeFiniteCue(doc, last)) return first;
  const floor = afterDateline(doc, doc.sentences[doc.sentenceOf[first]].first, first);
  if (first <= floor || !(joiners.has(doc.tokens[first - 1].lower) || listComma(doc, first - 1)) || stopsPhrase(doc, first - 1) !== null) return first;
  let contentWords = 0;
  for (let i = first - 1; i >= floor && i >= first - maxReach; i--) {
    const word = doc.tokens[i];
    const stop = word.text === ',' && !listComma(doc, i) ? 'start' : stopsPhrase(doc, i);
    if (stop === 'abort') return first;
    if (stop === 'start') return opensPhrase(doc, i + 1) && i + 1 < first ? i + 1 : first;
    if (/^[a-z]/.test(word.text) && !joiners.has(word.lower) && !determiners.has(word.lower) && ++contentWords > maxContentWords) return first;
  }
  return first - floor <= maxReach && opensPhrase(doc, floor) ? floor : first;
}

/** A phrase opening with a preposition ("In a meeting with the board", "As for Mr. Lee's") is an adverbial, not a subject. */
const opensPhrase = (doc: ExtractDocument, i: number) => !adverbialOpeners.has(doc.tokens[i].lower) && !joiners.has(doc.tokens[i].lower);

// A possessive before the cue makes the cue a noun ("Mr. Lee's announcement"), and a passive's subject is not its speaker.
const possessive = /^(?:his|her|its|their|our|my|your)$|['’]s?$/;
const passiveOpeners = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Whether the run ending at `last` is the subject of a finite cue there: no comma or possessive before it, no participle or passive. */
function beforeFiniteCue(doc: ExtractDocument, last: number): boolean {
  const subjectEnd = doc.tokens[last - 1];
  if (subjectEnd.text === ',' || possessive.test(subjectEnd.lower) || pronouns.has(subjectEnd.lower) || clauseOpeners.has(subjectEnd.lower)) return false;
  return finiteCueWord(doc, last);
}

/** Whether the cue starting at `cue` opens with a finite verb: a lower-case word, no participle, passive or preposition. */
function finiteCueWord(doc: ExtractDocument, cue: number): boolean {
  const cueWord = doc.tokens[cue].text;
  const passive = passiveOpeners.has(cueWord) || passiveOpeners.has(doc.tokens[cue + 1]?.lower ?? '');
  return /^[a-z]+$/.test(cueWord) && !cueWord.endsWith('ing') && !passive && !adverbialOpeners.has(cueWord) && !joiners.has(cueWord);
}

/** Whether the comma at `i` separates capitalised items of a list ("the United States, Britain and France"). */
function listComma(doc: ExtractDocument, i: number): boolean {
  if (doc.tokens[i].text !== ',' || !/^\p{Lu}/u.test(doc.tokens[i - 1]?.text ?? '') || !/^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '')) return false;
  for (let k = i + 2; k < i + 6 && k < doc.tokens.length; k++) if (doc.tokens[k].lower === 'and') return /^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '');
  return false;
}

const phraseDeterminers = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'both', 'other', 'another', 'some', 'several', 'many', 'most', 'these', 'those']);

/**
 * The determiner right before a run that begins inside its noun phrase ("the [Budget Office]",
 * "a [tweet]"): its index, or `first` when none stands there. (Reaching back over modifiers,
 * "other big [insurers]", took verbs and objects along as often as it fixed a phrase.)
 */
export function withDeterminer(doc: ExtractDocument, first: number, floor: number): number {
  return first > floor && phraseDeterminers.has(doc.tokens[first - 1].lower) ? first - 1 : first;
}
