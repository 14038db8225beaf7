import { guessSourceKind } from './guess-kind';
import { isCapitalised, nameWords } from './normalize-name';

// Single documents that speak for whoever issued them: "a statement from the ministry".
const documents = '(?:statement|report|communiqu[eé]|press release|release|letter|bulletin|post|tweet)';
// Bounded pieces only, anchored at the start: one pass over a mention of any length.
const issuedBy = new RegExp(`^(?:the|a|an|its|their|his|her)?\\s?(?:[a-z-]{1,20} ){0,2}${documents} (?:from|by|issued by) (.{2,200})$`, 'i');
const possessive = new RegExp(`^(.{2,200}?)[’'](?:s)? (?:[a-z-]{1,20} ){0,2}${documents}$`, 'i');
// "The statement, posted on the ministry's website": the owner of where it was published.
const publishedOn = new RegExp(
  `^(?:the|a|an|its|their)?\\s?(?:[a-z-]{1,20} ){0,2}${documents},? (?:posted|published|issued|released|shared) (?:on|to|in) (?:the )?(.{2,200}?)[’'](?:s)? (?:[A-Za-z-]{1,20} )?(?:website|site|channel|page|account|feed)\\b`,
  'i',
);
// "an army statement": the issuer as a noun before the document.
const nounBefore = new RegExp(`^(?:the|an?) ([a-z-]{2,20}) ${documents}$`, 'i');
// Words before a document that say what kind it is, not who issued it: "an official statement", "a joint statement".
const documentAdjectives = /^(?:official|joint|written|brief|short|new|earlier|later|separate|final|formal|public|first|second|previous|latest|detailed|initial|lengthy|terse|unsigned|signed)$/i;

/**
 * The party behind a document named as a source: "a statement from the ministry" and
 * "the ministry's statement" -> "the ministry", "an army statement" -> "army", "a report by the Northern Monitor" -> "the
 * Northern Monitor", "the statement, posted on the ministry's website" -> "ministry". Null when the mention is not a document, or its owner reads as no party
 * ("a report from the scene", "an official statement").
 */
export function documentOwner(mention: string): string | null {
  const match = issuedBy.exec(mention) ?? possessive.exec(mention) ?? publishedOn.exec(mention) ?? nounBefore.exec(mention);
  if (!match) return null;
  const owner = match[1].trim();
  if (documentAdjectives.test(owner)) return null;
  const words = nameWords(owner);
  if (words.length === 0) return null;
  return words.some(isCapitalised) || guessSourceKind(owner) !== 'other' ? owner : null;
}
