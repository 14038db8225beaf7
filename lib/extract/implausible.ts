import { weekdays, wordPattern } from './calendar-words';
import type { ExtractDocument } from './document';
import { relativePronouns } from './relative-pronouns';

const hasLetter = /\p{L}/u;
const sourceRelatives = new Set([...relativePronouns, 'whom']);
// Words that name a time, not someone who could say anything: "that afternoon", "on Monday".
const timeWords = wordPattern(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'month', 'year', 'today', 'yesterday', 'tonight', ...weekdays]);

const timeModifiers = new Set(['that', 'this', 'the', 'on', 'last', 'next', 'early', 'late', 'same']);
// A short claim that only says to whom or where something was said: "spoke to residents", "footage shared online".
const circumstanceOpeners = new Set(['to', 'with', 'online', 'via']);
// After "to", a listener opens with an article or is a plural or a name ("to the crowd", "to residents");
// "to comment", "to remain civil" are what was declined or pledged.
const listenerStart = /^(?:the|a|an|his|her|their|its|our|[a-z]+s|\p{Lu}.*)$/u;
const longestCircumstance = 4;

/** Whether claim tokens `[first, last)` only say to whom or where something was said: "to residents", "online". */
export function isOnlyCircumstance(doc: ExtractDocument, first: number, last: number): boolean {
  const opener = doc.tokens[first].lower;
  if (last - first > longestCircumstance || !circumstanceOpeners.has(opener) || doc.quotes[first] >= 0) return false;
  return opener !== 'to' || listenerStart.test(doc.tokens[first + 1]?.text ?? '');
}

// A claim of nothing but a subject and "be" is the listener of a passive, not what was said: "she was [not told]".
// An object stays a claim: "denied it", "backed him" (of whom a stance was taken).
const emptyClaimWords = new Set(['he', 'she', 'they', 'we', 'i', 'was', 'were', 'is', 'are', 'be', 'been', 'not']);

function onlyEmptyWords(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (hasLetter.test(doc.tokens[i].text) && !emptyClaimWords.has(doc.tokens[i].lower)) return false;
  return true;
}

function hasWord(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (hasLetter.test(doc.tokens[i].text)) return true;
  return false;
}

/**
 * True when the taggers' attribution cannot be one a reader would accept, so it is better
 * left out than highlighted: a claim with no word in it or only a subject and "be" ("she was [not told]"), a claim that only names a listener or a
 * place ("spoke to residents", "shared online"), a source that is a relative pronoun standing after
 * its own claim ("Rana Idris, who first reported", where the model took the antecedent as
 * the claim), or a source that only names a time ("that afternoon shows ...").
 */
export function isImplausible(doc: ExtractDocument, source: [number, number] | null, content: [number, number]): boolean {
  const [first, last] = content;
  if (!hasWord(doc, first, last)) return true;
  if (isOnlyCircumstance(doc, first, last) || onlyEmptyWords(doc, first, last)) return true;
  if (source === null) return false;
  const sourceWords = doc.tokens.slice(source[0], source[1]).filter((token) => hasLetter.test(token.text));
  if (sourceWords.length === 1 && sourceRelatives.has(sourceWords[0].lower) && last <= source[0]) return true;
  return sourceWords.length > 0 && sourceWords.every((word) => timeWords.test(word.lower) || timeModifiers.has(word.lower));
}
