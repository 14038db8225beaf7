import type { ExtractDocument } from './document';

// The pieces of a reporting clause that the clause rules share (reporting-clause.ts, passive-cue.ts).

/** No source runs longer than this: a speaker's name and role are a few words. */
export const maxSource = 16;

// Verbs that report speech in an inverted, closing or passive clause ("..., the agency said.").
export const reportingVerbs = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'states', 'noted', 'notes',
  'explained', 'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'claimed', 'claims', 'reported', 'reports',
  'report', 'confirmed', 'confirms', 'denied', 'denies', 'announced', 'acknowledged', 'alleged', 'alleges', 'replied',
  'continued', 'recalled', 'declared', 'tweeted', 'posted', 'read', 'reads', 'concluded', 'admitted', 'countered', 'saying', 'informed',
  // Plural present, as in "..., the inmates allege.": the form the speech-verb list lacks.
  'allege', 'claim', 'deny', 'confirm', 'insist', 'argue', 'warn', 'add', 'write', 'state',
]);
export const auxiliaries = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const sourceOpeners = /^(?:the|a|an|his|her|its|their|one|two|three|four|several|some|many|other|local|state|he|she|they|it|we)$/;
// Words that show a stretch holds a clause of its own ("the bank said it would act").
const clauseWords = new Set([
  'that', 'who', 'which', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'was', 'were', 'is', 'are', 'will', 'would', 'has', 'have',
  'had', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'not', ':', '“', '"', '‘',
]);
// What a reporting clause may trail: when, where and how it was said ("said on Monday", "said in a statement").
export const tailOpeners = /^(?:on|in|at|during|from|to|late|earlier|later|last|this|yesterday|today|tonight|citing|quoting|adding|via|after|before|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const sentenceEnds = new Set(['.', '!', '?']);

/** True for "that", "would", "didn't" and the like: a word that only a clause holds. */
export const isClauseWord = (word: string) => clauseWords.has(word) || /n[’']t$/.test(word);

/** Token indices `first` to `last - 1`. */
export function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k);
}

/** True for a token that starts with a capital letter. */
// A name may open with the Arabic article in lower case: "al-Hassan", "el-Sisi".
const capitalisedName = /^(?:(?:al|el|ad|as|ash|at|ar|an|az)-)?\p{Lu}/u;
export const isCapitalised = (doc: ExtractDocument, i: number) => capitalisedName.test(doc.tokens[i].text);

/** The sentence of token `i`, ended before its final punctuation. */
export function sentenceOf(doc: ExtractDocument, i: number): { first: number; last: number } {
  const sentence = doc.sentences[doc.sentenceOf[i]];
  let last = sentence.last;
  while (last > sentence.first && sentenceEnds.has(doc.tokens[last - 1].text)) last--;
  return { first: sentence.first, last };
}

/** A token run that can name a speaker: it opens with a determiner, a pronoun or a capital, and holds no clause or cue. */
export function looksLikeSource(doc: ExtractDocument, first: number, last: number): boolean {
  if (last <= first || last - first > maxSource) return false;
  const opener = doc.tokens[first].lower;
  if (!sourceOpeners.test(opener) && !isCapitalised(doc, first) && !/s$/.test(opener)) return false;
  if (last - first === 1 && /^(?:he|she|it|they|we)$/.test(opener)) return true;
  for (let i = first; i < last; i++) {
    const word = doc.tokens[i].lower;
    if (isClauseWord(word) || reportingVerbs.has(word) || doc.quotes[i] >= 0) return false;
  }
  return true;
}

// A relative clause that describes a speaker is a few words: "who witnessed the attack", "who asked not to be named".
const maxDescribingClause = 12;

/**
 * A token run that names a speaker, described or not: one that looksLikeSource, or such a run
 * with a "who" clause after it ("a farmer who said he saw the attack", "a resident who asked
 * not to be named"), which may hold a report of its own but no quotation.
 */
export function looksLikeDescribedSource(doc: ExtractDocument, first: number, last: number): boolean {
  if (looksLikeSource(doc, first, last)) return true;
  let who = first + 1;
  while (who < last - 1 && doc.tokens[who].lower !== 'who') who++;
  if (who >= last - 1 || last - who - 1 > maxDescribingClause || !looksLikeSource(doc, first, who)) return false;
  for (let i = who + 1; i < last; i++) if (doc.quotes[i] >= 0) return false;
  return true;
}
