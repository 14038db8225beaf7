import { guessSourceKind } from '../sources/guess-kind';
import { personName } from '../sources/normalize-name';
import type { ExtractDocument } from './document';

const capitalised = /^\p{Lu}/u;
// Lower-case words a body's name may hold: "Ministry of the Interior", "Office for Civil Rights".
const nameJoiners = /^(?:of|for|and|the|on|de|al-)$/;
const longestName = 8;

/** The organisation named by the words opening the sentence `index`, before a lower-case verb, or null. */
function openingOrganisation(doc: ExtractDocument, index: number): string | null {
  const { first, last } = doc.sentences[index];
  const start = doc.tokens[first]?.lower === 'the' ? first + 1 : first;
  let end = start;
  while (end < last && end - start < longestName && (capitalised.test(doc.tokens[end].text) || (end > start && nameJoiners.test(doc.tokens[end].lower)))) end++;
  while (end > start && nameJoiners.test(doc.tokens[end - 1].lower)) end--;
  if (end === start || end >= last || !/^[a-z]/.test(doc.tokens[end].text)) return null;
  const name = doc.text.slice(doc.tokens[first].start, doc.tokens[end - 1].end);
  if (personName(name) !== null) return null;
  return end - start >= 2 || guessSourceKind(name) !== 'other' ? name : null;
}

/**
 * The organisation an "it" at token `i` most likely stands for when its sentence or the one
 * before opens with one: "The Interior Ministry gave a different account. In a statement, it
 * said ..." -> "The Interior Ministry". Null when neither sentence opens with an organisation.
 */
export function openingOrganisationBefore(doc: ExtractDocument, i: number): string | null {
  const sentence = doc.sentenceOf[i];
  // The sentence's own subject comes first only when it stands before the pronoun.
  const own = doc.sentences[sentence].first < i ? openingOrganisation(doc, sentence) : null;
  return own ?? (sentence > 0 ? openingOrganisation(doc, sentence - 1) : null);
}
