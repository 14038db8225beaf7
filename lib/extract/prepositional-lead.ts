import type { ExtractDocument } from './document';

// Prepositions that open an adverbial, never a speaker. Not "at" ("At least six officials"), "among"
// ("Among aides, ...") or "by" (a passive's agent): those may open a source.
const adverbialPrepositions = new Set(['in', 'despite', 'like', 'unlike', 'of', 'for', 'to', 'with', 'during', 'under', 'upon', 'amid', 'following']);
const possessive = /^(?:his|her|its|their|our|my|your)$|\p{L}['’]s$/u;

/**
 * A source run that opens with a preposition, as `[first, last)` without it, or null when the run is
 * nothing but the adverbial. A possessive after it is the speaker of a nominal cue ("In [her]
 * statement condemning", "for [Mr. Trump's] attacks on"); at a sentence's start, a comma closes
 * the adverbial and the subject follows ("Like Mr. Sanders, [she] said"), and a run with neither
 * is the adverbial alone ("In a presidential year expected"). Mid-sentence, a run with no
 * possessive is left alone: it may be the tail of a longer noun phrase ("a majority of voters").
 */
export function pastPrepositionalLead(doc: ExtractDocument, first: number, last: number): [number, number] | null {
  if (!adverbialPrepositions.has(doc.tokens[first].lower)) return [first, last];
  if (possessive.test(doc.tokens[last - 1].lower)) return last - first > 1 ? [first + 1, last] : null;
  if (doc.sentences[doc.sentenceOf[first]].first !== first) return [first, last];
  for (let i = first + 2; i < last - 1; i++) if (doc.tokens[i].text === ',') return [i + 1, last];
  return null;
}
