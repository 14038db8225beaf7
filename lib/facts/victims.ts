import { identityTable } from './identities';
import { findPhrases, phraseAt } from './phrase-table';
import type { Mention, Toll } from './schema';
import { isClauseBreak, quote, type Token } from './tokens';

const victimNouns = new Set(['victim', 'victims', 'dead', 'deceased', 'casualty', 'casualties']);

function namedVictims(text: string, tokens: Token[]): Mention[] {
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!victimNouns.has(tokens[index].lower)) continue;
    for (let at = index + 1; at < tokens.length && at <= index + 6; at += 1) {
      if (isClauseBreak(tokens[at])) break;
      const hit = phraseAt(tokens, at, identityTable);
      if (hit) {
        found.push({ key: hit.key, text: quote(text, tokens, index, hit.to) });
        break;
      }
    }
  }
  return found;
}

/**
 * Who the victims were said to be: the people a toll counts ("killing a
 * civilian") and what the text calls the victim ("the victim was a militia member").
 */
export function readVictims(text: string, tokens: Token[], tolls: Toll[]): Mention[] {
  const identities = new Set(findPhrases(tokens, identityTable).map((hit) => hit.key));
  const counted = tolls
    .filter((toll) => toll.who !== null && identities.has(toll.who) && toll.max !== 0)
    .map((toll) => ({ key: toll.who as string, text: toll.text }));
  return [...counted, ...namedVictims(text, tokens)];
}
