import { guessSourceKind } from '../sources/guess-kind';
import { personName } from '../sources/normalize-name';
import type { ExtractDocument } from './document';

const capitalised = /^\p{Lu}/u;
// Lower-case words a body's name may hold: "Ministry of the Interior", "Office for Civil Rights".
const nameJoiners = /^(?:of|for|and|the|on|de|al-)$/;
const longestName = 8;

const verbLike = /^(?:[a-z]+(?:ed|s)|is|was|has|had|will|would|gave|said|told|made|put|took|sent|did|does)$/;
const longestDescription = 3;

/** The end of a body named in capitals from `start` ("Interior Ministry", "Ministry of the Interior"). */
function capitalisedEnd(doc: ExtractDocument, start: number, last: number): number {
  let end = start;
  while (end < last && end - start < longestName && (capitalised.test(doc.tokens[end].text) || (end > start && nameJoiners.test(doc.tokens[end].lower)))) end++;
  while (end > start && nameJoiners.test(doc.tokens[end - 1].lower)) end--;
  return end;
}

/** The end of a body described in lower case after "the" ("the ministry", "the border police"), before its verb. */
function describedEnd(doc: ExtractDocument, start: number, last: number): number {
  let end = start;
  while (end < last && end - start < longestDescription && /^[a-z-]+$/.test(doc.tokens[end].text) && !verbLike.test(doc.tokens[end].text)) end++;
  return end;
}

/** The organisation named by the words opening the sentence `index`, before a lower-case verb or a comma, or null. */
function openingOrganisation(doc: ExtractDocument, index: number): string | null {
  const { first, last } = doc.sentences[index];
  const opensWithThe = doc.tokens[first]?.lower === 'the';
  let start = opensWithThe ? first + 1 : first;
  // "The state-run Republic News Agency": a hyphenated modifier may stand before the name.
  if (opensWithThe && /^[a-z]+-[a-z]+$/.test(doc.tokens[start]?.text ?? '') && capitalised.test(doc.tokens[start + 1]?.text ?? '')) start++;
  let end = capitalisedEnd(doc, start, last);
  const named = end > start;
  if (!named && opensWithThe) end = describedEnd(doc, start, last);
  // A verb follows, or the comma of a clause that describes the body ("The observatory, which ...").
  if (end === start || end >= last || !/^(?:[a-z]|,$)/.test(doc.tokens[end].text)) return null;
  const name = doc.text.slice(doc.tokens[first].start, doc.tokens[end - 1].end);
  if (personName(name) !== null) return null;
  return (named && end - start >= 2) || guessSourceKind(name) !== 'other' ? name : null;
}

/**
 * The organisation a mention at token `i` ("it", "which", "the agency") most likely stands for
 * when its sentence or the one before opens with one: "The Interior Ministry gave a different
 * account. In a statement, it said ..." -> "The Interior Ministry". Null when neither sentence
 * opens with an organisation.
 */
export function openingOrganisationBefore(doc: ExtractDocument, i: number): string | null {
  const sentence = doc.sentenceOf[i];
  // The sentence's own subject comes first only when it stands before the pronoun.
  const own = doc.sentences[sentence].first < i ? openingOrganisation(doc, sentence) : null;
  return own ?? (sentence > 0 ? openingOrganisation(doc, sentence - 1) : null);
}
