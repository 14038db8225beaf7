import type { ExtractDocument } from './document';

// Verbs by which ", which ..." draws the writer's inference from the clause before it.
const inferenceVerbs = /^(?:means|meant|mean|explains|explained|explain|implies|implied|imply)$/;
// What may stand between "which" and the verb: a modal or an adverb ("which might explain", "which also means").
const between = /^(?:may|might|could|would|can|will|also|partly|perhaps|probably|in|part|turn)$/;
const maxBetween = 2;

/**
 * True when the cue `[first, last)` is the verb of a relative clause about the whole clause
 * before it: "Florida is a closed-primary state, which means only Republicans vote"; "some
 * families buried their dead at home, which might explain the gap". The writer infers; no one
 * is quoted.
 */
export function isSententialRelative(doc: ExtractDocument, first: number, last: number): boolean {
  let verb = -1;
  for (let i = first; i < last; i++) if (inferenceVerbs.test(doc.tokens[i].lower)) verb = i;
  if (verb < 0) return false;
  let i = verb - 1;
  while (i > 0 && verb - 1 - i < maxBetween && between.test(doc.tokens[i].lower)) i--;
  return doc.tokens[i]?.lower === 'which' && doc.tokens[i - 1]?.text === ',';
}
