import type { ExtractDocument } from './document';

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
// A phrase after one of these is the complement of a longer one ("a spokesman for the ministry, which"): too far to tell.
const prepositions = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'to', 'by']);
// How far back the noun phrase before a relative pronoun is looked for.
const maxPhrase = 8;
const lowerWord = /^[a-z][a-z'’-]*$/;
const capitalWord = /^\p{Lu}/u;

/**
 * The noun phrase a relative pronoun source stands for, as tokens `[first, last)`: "the army" in
 * "blamed the army, which denied it", "Rana Idris" in "Rana Idris, who first reported it". Read
 * back from the pronoun over one comma to a determiner, or over a run of capitalised words; null
 * when neither is found within a few words, or the phrase hangs on a preposition ("a spokesman
 * for the ministry, who"), where the pronoun is left to stand for the last party named.
 */
export function relativeAntecedent(doc: ExtractDocument, pronoun: number): [number, number] | null {
  const end = doc.tokens[pronoun - 1]?.text === ',' ? pronoun - 1 : pronoun;
  const floor = doc.sentences[doc.sentenceOf[pronoun]].first;
  let capitalStart = end;
  for (let i = end - 1; i >= floor && end - i <= maxPhrase; i--) {
    const token = doc.tokens[i];
    if (determiners.has(token.lower)) return prepositions.has(doc.tokens[i - 1]?.lower ?? '') ? null : [i, end];
    if (capitalWord.test(token.text) && capitalStart === i + 1) capitalStart = i;
    else if (!lowerWord.test(token.text) || token.text.endsWith('ed')) break;
  }
  return capitalStart < end ? [capitalStart, end] : null;
}
