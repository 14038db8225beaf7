import type { ExtractDocument } from './document';

const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'every', 'any', 'some', 'no']);
// Lower-case words that end a clause rather than a noun phrase ("the day after he said").
const clauseWords = new Set(['and', 'but', 'or', 'because', 'after', 'before', 'since', 'until', 'when', 'while', 'if', 'as', 'so', 'then', 'now', 'later', 'also', 'than', 'what', 'which', 'who', 'where', 'how', 'why', 'that']);

/**
 * True when the verb at `verb` sits in a relative clause that has dropped its "that" and whose
 * object is the noun before it: "the aircraft he saw stayed high", "the figures she gave were
 * wrong". The words after such a verb belong to the main clause, so the verb attributes none
 * of them. Needs a determiner at most three words before the noun, with only lower-case words
 * between, so "Later he said" or "and she said" never match.
 */
export function inObjectRelative(doc: ExtractDocument, verb: number): boolean {
  const sentenceFirst = doc.sentences[doc.sentenceOf[verb]].first;
  const pronoun = verb - 1;
  const noun = verb - 2;
  if (noun <= sentenceFirst || !subjectPronouns.has(doc.tokens[pronoun].lower)) return false;
  const nounWord = doc.tokens[noun].text;
  if (!/^[a-z][a-z-]*$/.test(nounWord) || clauseWords.has(nounWord) || nounWord.endsWith('ly')) return false;
  for (let i = noun - 1; i >= Math.max(sentenceFirst, noun - 3); i--) {
    const word = doc.tokens[i].text;
    if (determiners.has(word.toLowerCase())) return true;
    if (!/^[a-z][a-z-]*$/.test(word) || clauseWords.has(word)) return false;
  }
  return false;
}
