import type { Actor } from './schema';
import { findPhrases, phraseTable } from './phrase-table';
import { isClauseBreak, quote, type Token } from './tokens';

/** Parties often named in conflict reporting, reduced to a key. */
export const actorTable = phraseTable({
  'united states': ['us', 'u.s', 'united states', 'american', 'americans', 'america', 'washington', 'pentagon',
    'us-led', 'us troops', 'us forces', 'us military', 'us army', 'us convoy', 'us patrol'],
  coalition: ['coalition', 'us-led coalition', 'international coalition', 'coalition forces', 'coalition troops',
    'cjtf-oir', 'oir'],
  'syrian government': ['syrian army', 'syrian regime', 'regime', 'syrian government', 'damascus', 'assad',
    'pro-regime', 'pro-government', 'government forces', 'regime forces', 'syrian arab army', 'saa', 'sana',
    'government troops'],
  sdf: ['sdf', 'syrian democratic forces', 'ypg', 'kurdish forces', 'kurdish-led forces'],
  turkey: ['turkey', 'turkish', 'ankara', 'turkish-backed', 'turkish army', 'turkish forces'],
  russia: ['russia', 'russian', 'russians', 'moscow', 'russian military police', 'kremlin'],
  'islamic state': ['isis', 'isil', 'islamic state', 'daesh'],
  israel: ['israel', 'israeli', 'idf', 'israeli army', 'israeli forces'],
  police: ['police', 'security forces'],
  locals: ['locals', 'villagers', 'residents', 'local people', 'protesters', 'demonstrators', 'crowd'],
  army: ['army', 'military', 'troops', 'soldiers', 'forces'],
});

// Keys that name one side under two names: the US-led coalition is the US side.
const allies: Record<string, string> = { coalition: 'united states' };

/** The side an actor key stands for, so aliases compare equal. */
export function actorSide(key: string): string {
  return allies[key] ?? key;
}

const actVerbs = new Set(['struck', 'strike', 'strikes', 'attacked', 'attack', 'attacks', 'fired', 'fire', 'opened',
  'shot', 'killed', 'kill', 'kills', 'bombed', 'shelled', 'launched', 'conducted', 'carried', 'raided', 'stormed',
  'ambushed', 'targeted', 'hit', 'arrested', 'detained', 'returned', 'responded', 'shelling', 'killing']);

// "were killed", "was struck by": the party before a passive verb suffered the act.
const passiveMarks = new Set(['by', 'was', 'were', 'been', 'being', 'under']);

function isAgent(tokens: Token[], hit: { from: number; to: number }): boolean {
  const before = tokens[hit.from - 1]?.lower;
  if (before === 'by' || before === 'from') return true;
  for (let index = hit.to + 1; index < Math.min(tokens.length, hit.to + 6); index += 1) {
    const token = tokens[index];
    if (isClauseBreak(token) || passiveMarks.has(token.lower)) return false;
    if (actVerbs.has(token.lower)) return tokens[index + 1]?.lower !== 'by';
  }
  return false;
}

/**
 * The parties a text names, each marked `agent` when the text has it doing
 * the act ("US troops opened fire", "an airstrike by coalition helicopters").
 */
export function readActors(text: string, tokens: Token[]): Actor[] {
  const hits = findPhrases(tokens, actorTable).filter((hit) => hit.key !== 'united states' || isUsToken(tokens[hit.from]));
  return hits.map((hit) => ({ key: hit.key, text: quote(text, tokens, hit.from, hit.to), agent: isAgent(tokens, hit) }));
}

// "us" is only the country when written in capitals; otherwise it is the pronoun.
function isUsToken(token: Token): boolean {
  return token.lower !== 'us' || token.text === 'US';
}
