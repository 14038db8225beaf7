import { phraseAt, phraseTable } from './phrase-table';
import type { Mention } from './schema';
import { isClauseBreak, quote, type Token } from './tokens';

// What a strike or an attack can be said to have hit, keyed by kind of place: a "warehouse"
// and a "depot" can be the same building, a "market" and a "depot" cannot.
const targetTable = phraseTable({
  market: ['market', 'markets', 'marketplace', 'bazaar', 'souk', 'market square', 'shops', 'stalls'],
  depot: ['depot', 'depots', 'warehouse', 'warehouses', 'arms cache', 'weapons cache', 'ammunition dump', 'storage site',
    'stockpile', 'armoury', 'armory'],
  'military site': ['base', 'bases', 'barracks', 'outpost', 'outposts', 'position', 'positions', 'command centre',
    'command center', 'headquarters', 'training camp', 'launch site', 'launch sites', 'military site', 'compound'],
  hospital: ['hospital', 'hospitals', 'clinic', 'clinics', 'health centre', 'health center', 'medical centre', 'medical center'],
  school: ['school', 'schools', 'university', 'kindergarten', 'classroom'],
  'place of worship': ['mosque', 'mosques', 'church', 'churches', 'temple', 'synagogue', 'shrine'],
  home: ['house', 'houses', 'home', 'homes', 'residential building', 'apartment', 'apartment block', 'residence', 'residential area'],
  vehicle: ['school bus', 'school buses', 'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'convoy', 'bus', 'van', 'pickup', 'ambulance', 'lorry'],
  checkpoint: ['checkpoint', 'checkpoints', 'roadblock', 'crossing', 'border post'],
  gathering: ['wedding', 'funeral', 'rally', 'protest', 'crowd', 'gathering', 'procession'],
  shelter: ['shelter', 'shelters', 'displacement camp', 'refugee camp', 'tent', 'tents'],
  facility: ['bridge', 'power station', 'power plant', 'water plant', 'dam', 'port', 'airport', 'factory', 'bakery'],
});

// Kinds of target that set a strike's lawfulness apart: a depot and a market are two accounts of one
// strike, a depot and a base may be one site. Kinds in neither (vehicles, bridges) can be either.
const targetSides: Readonly<Record<string, 'military' | 'civilian'>> = {
  depot: 'military', 'military site': 'military', checkpoint: 'military',
  market: 'civilian', hospital: 'civilian', school: 'civilian', 'place of worship': 'civilian', home: 'civilian',
  gathering: 'civilian', shelter: 'civilian',
};

/** Whether a target kind is a military objective or a civilian place; null for kinds that can be either. */
export function targetSide(key: string): 'military' | 'civilian' | null {
  return targetSides[key] ?? null;
}

// Words that report a hit on something: "struck a depot", "the attack on the market", "fired on the convoy".
const hitVerbs = new Set(['struck', 'strikes', 'strike', 'hit', 'hits', 'bombed', 'bombs', 'bomb', 'shelled', 'shelling',
  'targeted', 'targeting', 'targets', 'attacked', 'attack', 'attacks', 'raided', 'raid', 'destroyed', 'levelled',
  'leveled', 'fired', 'firing', 'fire']);
// "fired on", "the attack on", "fired rockets at": prepositions that lead to what was hit.
const hitPrepositions = new Set(['on', 'at', 'against', 'of', 'into']);
// Words that end the object: "hit the region and the hospital stayed open" names no target.
const objectEnds = new Set(['and', 'or', 'but', 'while', 'as', 'when', 'after', 'before', 'then', 'in', 'on', 'at',
  'near', 'with', 'from', 'to', 'for', 'that', 'which', 'who', 'where']);
// How many words after the hitting word its target may come: "fired two rockets at the crowded market".
const reach = 6;

function targetAfter(text: string, tokens: Token[], verb: number): Mention | null {
  for (let at = verb + 1; at <= verb + reach && at < tokens.length; at += 1) {
    const token = tokens[at];
    if (isClauseBreak(token) || token.text === ',' || hitVerbs.has(token.lower) || token.lower === 'by') return null;
    const hit = phraseAt(tokens, at, targetTable);
    if (hit) return { key: hit.key, text: quote(text, tokens, verb, hit.to) };
    if (objectEnds.has(token.lower) && !hitPrepositions.has(token.lower)) return null;
  }
  return null;
}

const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

// "the market was hit": the target is the subject, a few words before the auxiliary.
function targetBefore(text: string, tokens: Token[], verb: number): Mention | null {
  if (!passiveAuxiliaries.has(tokens[verb - 1]?.lower ?? '')) return null;
  for (let at = verb - 2; at >= 0 && at >= verb - 1 - reach; at -= 1) {
    if (isClauseBreak(tokens[at]) || tokens[at].text === ',') return null;
    const hit = phraseAt(tokens, at, targetTable);
    if (hit && hit.to < verb - 1) return { key: hit.key, text: quote(text, tokens, at, verb) };
  }
  return null;
}

/**
 * What the text asserts a strike or an attack hit, by kind of place ("struck a weapons depot"
 * is a depot, "the attack on the crowded market" a market, "the clinic was shelled" a hospital):
 * read only from a short list of target nouns next to a hitting word, so a stray noun is never
 * taken for one, and never inside a denial's scope (`denied`, character ranges).
 */
export function readTargets(text: string, tokens: Token[], denied: Array<[number, number]>): Mention[] {
  const found = new Map<string, Mention>();
  for (let index = 0; index < tokens.length; index += 1) {
    if (!hitVerbs.has(tokens[index].lower)) continue;
    const target = targetAfter(text, tokens, index) ?? targetBefore(text, tokens, index);
    const start = tokens[index].start;
    if (!target || found.has(target.key) || denied.some(([from, to]) => start >= from && start < to)) continue;
    found.set(target.key, target);
  }
  return [...found.values()];
}
