import type { ExtractDocument } from './document';

// Single words that weaken a claim as stated; "claim" and "allege" count when they are the cue.
const hedgeWords = new Set(['allegedly', 'reportedly', 'purportedly', 'apparently', 'supposedly', 'unconfirmed', 'unverified', 'alleged', 'purported', 'possibly', 'perhaps', 'probably']);
const hedgeCues = /^(?:claim|claims|claimed|claiming|allege|alleges|alleged|alleging|suggest|suggests|suggested|suggesting|speculate|speculates|speculated)$/;
// Modals that make a claim a possibility: "may have been carrying", "the number could rise". Matched as written,
// so "May" the month is none; "could not" states an inability, not a doubt.
const possibilityModals = new Set(['may', 'might', 'could']);
const seemingVerbs = new Set(['appeared', 'appears', 'appear', 'seemed', 'seems', 'seem']);

/**
 * The hedges on a claim: hedge words in its content or just before its cue ("allegedly",
 * "reportedly", "appeared to", "unconfirmed", "may have", "could"), and "claimed", "alleged"
 * or "suggested" when that is the cue.
 * Tokens `[first, last)` span the content; returns each hedge once, in lower case.
 */
export function findHedges(doc: ExtractDocument, first: number, last: number, cueFirst: number, cueLast: number): string[] {
  const found = new Set<string>();
  const addModal = (i: number) => {
    const next = doc.tokens[i + 1]?.lower ?? '';
    if (next === 'not' || next === "n't") return;
    found.add(next === 'have' ? `${doc.tokens[i].text} have` : doc.tokens[i].text);
  };
  const look = (i: number) => {
    const word = doc.tokens[i].lower;
    if (hedgeWords.has(word)) found.add(word);
    else if (possibilityModals.has(doc.tokens[i].text)) addModal(i);
    else if (seemingVerbs.has(word) && doc.tokens[i + 1]?.lower === 'to') found.add(`${word} to`);
  };
  for (let i = first; i < last; i++) look(i);
  for (let i = Math.max(0, cueFirst - 3); i < cueLast; i++) {
    const word = doc.tokens[i].lower;
    // "rejected claims that ...": after another word of the cue, "claims" is a noun, not the speaker claiming.
    const nounClaim = (word === 'claim' || word === 'claims') && i > cueFirst;
    if (hedgeCues.test(word) && !nounClaim) found.add(word);
    else if (!nounClaim) look(i);
  }
  return [...found];
}
