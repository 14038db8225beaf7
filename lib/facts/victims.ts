import { identityTable } from './identities';
import { findPhrases, phraseAt } from './phrase-table';
import type { Mention, Toll } from './schema';
import { isClauseBreak, quote, type Token } from './tokens';

const victimNouns = new Set(['victim', 'victims', 'dead', 'deceased', 'casualty', 'casualties']);
const harmWords = new Set(['killed', 'dead', 'died', 'wounded', 'injured', 'shot', 'hurt', 'slain']);
const copulas = new Set(['was', 'were', 'is', 'are']);
const harmVerbs = new Set(['killed', 'killing', 'shot', 'shooting', 'wounded', 'wounding', 'injured', 'injuring',
  'kidnapped', 'abducted', 'executed', 'beheaded']);

// "shot two off-duty soldiers", "killing a civilian": the people a harm verb acts on.
function harmedPeople(text: string, tokens: Token[]): Mention[] {
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!harmVerbs.has(tokens[index].lower)) continue;
    for (let at = index + 1; at < tokens.length && at <= index + 4; at += 1) {
      if (isClauseBreak(tokens[at]) || tokens[at].lower === 'by') break;
      const hit = phraseAt(tokens, at, identityTable);
      if (hit) {
        found.push({ key: hit.key, text: quote(text, tokens, index, hit.to) });
        break;
      }
    }
  }
  return found;
}

// "the man killed by American fire was a militia member": a harmed person named by a copula.
function isVictimCopula(tokens: Token[], index: number): boolean {
  if (!copulas.has(tokens[index].lower)) return false;
  for (let at = index - 1; at >= 0 && at >= index - 8; at -= 1) {
    if (isClauseBreak(tokens[at])) return false;
    if (harmWords.has(tokens[at].lower)) return true;
  }
  return false;
}

function namedVictims(text: string, tokens: Token[]): Mention[] {
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!victimNouns.has(tokens[index].lower) && !isVictimCopula(tokens, index)) continue;
    for (let at = index + 1; at < tokens.length && at <= index + 8; at += 1) {
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
  // A count that names nobody ("no guards were hurt") or only a party is not a victim's identity.
  const counted = tolls
    .filter((toll) => toll.who !== null && identities.has(toll.who) && toll.max !== 0)
    .map((toll) => ({ key: toll.who as string, text: toll.text }));
  const all = [...counted, ...harmedPeople(text, tokens), ...namedVictims(text, tokens)];
  return [...new Map(all.map((mention) => [mention.key, mention])).values()];
}
