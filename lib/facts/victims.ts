import { findIdentities, identityAt } from './identities';
import type { Mention, Toll } from './schema';
import { isClauseBreak, quote, type Token } from './tokens';

const victimNouns = new Set(['victim', 'victims', 'dead', 'deceased', 'casualty', 'casualties']);
const harmWords = new Set(['killed', 'dead', 'died', 'wounded', 'injured', 'shot', 'hurt', 'slain']);
const copulas = new Set(['was', 'were', 'is', 'are']);
// "was not a civilian but a fighter": an identity after these is denied, and the next one counts.
const negators = new Set(['not', 'never', "wasn't", "weren't", "isn't", "aren't", 'neither', 'nor']);
const harmVerbs = new Set(['killed', 'killing', 'shot', 'shooting', 'wounded', 'wounding', 'injured', 'injuring',
  'kidnapped', 'abducted', 'executed', 'beheaded']);

// The first identity asserted within `reach` tokens after `index`, skipping a denied one
// ("not a fighter but a shepherd"); a clause break or `stop` word ends the search.
function identityAfter(text: string, tokens: Token[], index: number, reach: number, stop?: string): Mention | null {
  let denied = false;
  for (let at = index + 1; at < tokens.length && at <= index + reach; at += 1) {
    if (isClauseBreak(tokens[at]) || tokens[at].lower === stop) return null;
    if (negators.has(tokens[at].lower)) denied = true;
    const hit = identityAt(tokens, at);
    if (hit && !denied) return { key: hit.key, text: quote(text, tokens, index, hit.to) };
    if (hit) {
      denied = false;
      at = hit.to;
    }
  }
  return null;
}

// "shot two off-duty soldiers", "killing a civilian": the people a harm verb acts on.
function harmedPeople(text: string, tokens: Token[]): Mention[] {
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const hit = harmVerbs.has(tokens[index].lower) ? identityAfter(text, tokens, index, 4, 'by') : null;
    if (hit) found.push(hit);
  }
  return found;
}

// How far back a copula looks for the harm that names its subject, across commas:
// "the man killed near the town on Wednesday, when villagers blocked a convoy, was a fighter".
const maxSubjectLength = 24;

// "the man killed by American fire was a militia member": a harmed person named by a copula.
function isVictimCopula(tokens: Token[], index: number): boolean {
  if (!copulas.has(tokens[index].lower)) return false;
  for (let at = index - 1; at >= 0 && at >= index - maxSubjectLength; at -= 1) {
    if (isClauseBreak(tokens[at])) return false;
    if (harmWords.has(tokens[at].lower)) return true;
  }
  return false;
}

function namedVictims(text: string, tokens: Token[]): Mention[] {
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!victimNouns.has(tokens[index].lower) && !isVictimCopula(tokens, index)) continue;
    const hit = identityAfter(text, tokens, index, 10);
    if (hit) found.push(hit);
  }
  return found;
}

/**
 * Who the victims were said to be: the people a toll counts ("killing a
 * civilian") and what the text calls the victim ("the victim was a militia member").
 */
export function readVictims(text: string, tokens: Token[], tolls: Toll[]): Mention[] {
  const identities = new Set(findIdentities(tokens).map((hit) => hit.key));
  // A count that names nobody ("no guards were hurt") or only a party is not a victim's identity.
  const counted = tolls
    .filter((toll) => toll.who !== null && identities.has(toll.who) && toll.max !== 0)
    .map((toll) => ({ key: toll.who as string, text: toll.text }));
  const all = [...counted, ...harmedPeople(text, tokens), ...namedVictims(text, tokens)];
  return [...new Map(all.map((mention) => [mention.key, mention])).values()];
}
