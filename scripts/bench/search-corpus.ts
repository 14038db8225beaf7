// The bench's 100,000 known claims and 30 queries. With the CLEF-2020 data on
// this machine, each verified claim is joined by variants that swap a third of
// its words for words of other claims (realistic vocabulary, near-duplicate
// distractors); without it, claims come from the project's own templates.
import type { SearchDoc } from '../../lib/search/index';
import { clefAvailable, loadQueries, loadVerifiedClaims } from '../clef2020';

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function varyWords(text: string, pool: string[], random: () => number): string {
  return text
    .split(' ')
    .map((word) => (random() < 0.33 ? pick(pool, random) : word))
    .join(' ');
}

function variants(claims: SearchDoc[], total: number): SearchDoc[] {
  const random = seededRandom(7);
  const pool = claims.flatMap((claim) => claim.text.split(' '));
  const docs: SearchDoc[] = [...claims];
  for (let round = 1; docs.length < total; round += 1) {
    for (const claim of claims) {
      if (docs.length >= total) break;
      docs.push({ id: `${claim.id}~${round}`, text: varyWords(claim.text, pool, random), title: varyWords(claim.title ?? '', pool, random) });
    }
  }
  return docs;
}

const actors = ['the army', 'a local militia', 'police', 'the interior ministry', 'rebel fighters', 'border guards', 'a drone', 'government forces'];
const verbs = ['killed', 'wounded', 'detained', 'shelled', 'evacuated', 'attacked', 'arrested', 'displaced'];
const victims = ['civilians', 'fighters', 'farmers', 'students', 'journalists', 'aid workers', 'children', 'officers'];
const places = ['Tal Hamis', 'the northern checkpoint', 'the old market', 'Ras al-Ain', 'the river crossing', 'Qasr village', 'the airport road', 'the refinery'];
const times = ['on Monday', 'at dawn', 'last week', 'on Friday night', 'in March', 'during the curfew', 'after the talks', 'on the eve of the vote'];
const sources = ['a spokesman said', 'witnesses said', 'the ministry denied', 'a monitor reported', 'state media claimed', 'the statement read'];

function templateClaim(random: () => number): string {
  const count = 1 + Math.floor(random() * 40);
  return `${pick(actors, random)} ${pick(verbs, random)} ${count} ${pick(victims, random)} near ${pick(places, random)} ${pick(times, random)}, ${pick(sources, random)}`;
}

function templateCorpus(total: number): { docs: SearchDoc[]; queries: string[] } {
  const random = seededRandom(11);
  const docs = Array.from({ length: total }, (_, index) => ({ id: `t${index}`, text: templateClaim(random), title: templateClaim(random) }));
  const queries = Array.from({ length: 30 }, () => templateClaim(random));
  return { docs, queries };
}

/** The bench corpus of `total` known claims and 30 query texts, and where they came from. */
export async function benchCorpus(total: number): Promise<{ docs: SearchDoc[]; queries: string[]; origin: string }> {
  if (!clefAvailable()) return { ...templateCorpus(total), origin: 'project templates (no CLEF-2020 data here)' };
  const claims = await loadVerifiedClaims();
  const queries = (await loadQueries('dev')).slice(0, 30).map((query) => query.text);
  return { docs: variants(claims, total), queries, origin: 'CLEF-2020 verified claims and word-swapped variants; CLEF dev tweets as queries' };
}
