import { readActors } from './actors';
import { readDates } from './dates';
import { eventTable } from './events';
import { readHedges } from './hedges';
import { meansTable } from './means';
import { readNegations } from './negation';
import { findPhrases, type PhraseTable } from './phrase-table';
import { readNames, readPlaces } from './places';
import { readReport } from './report';
import type { ClaimFacts, Mention } from './schema';
import { readTargets } from './targets';
import { quote, tokenize, type Token } from './tokens';
import { readTolls } from './tolls';
import { readVictims } from './victims';

export { claimFactsSchema, type ClaimFacts } from './schema';

/** Options for reading facts. */
export interface ReadFactsOptions {
  /** The page's publication date (YYYY-MM-DD), against which "on Monday" or "last November" resolve. */
  reference?: string | null;
}

/** Longest text read for facts; longer input is cut so hostile pages stay fast. */
export const maxFactsLength = 20_000;

// The first mention of each key outside every denial's scope.
function assertedMentions(text: string, tokens: Token[], table: PhraseTable, covered: Array<[number, number]>): Mention[] {
  const mentions = new Map<string, Mention>();
  for (const hit of findPhrases(tokens, table)) {
    const denied = covered.some(([start, end]) => tokens[hit.from].start >= start && tokens[hit.to].end <= end);
    if (!denied && !mentions.has(hit.key)) mentions.set(hit.key, { key: hit.key, text: quote(text, tokens, hit.from, hit.to) });
  }
  return [...mentions.values()];
}

/**
 * Reads the checkable facts of a claim: tolls as intervals per slot, denials
 * with their scope, events and means asserted (not denied), parties, victims'
 * identity, what a strike hit, places, dates (resolved against `options.reference`), hedges,
 * when the text reports someone's words who is speaking, and proper names.
 */
export function readFacts(text: string, options: ReadFactsOptions = {}): ClaimFacts {
  const clipped = text.length > maxFactsLength ? text.slice(0, maxFactsLength) : text;
  const tokens = tokenize(clipped);
  const { negations, covered } = readNegations(clipped, tokens);
  const tolls = readTolls(clipped, tokens);
  return {
    tolls,
    negations,
    events: assertedMentions(clipped, tokens, eventTable, covered),
    actors: readActors(clipped, tokens),
    victims: readVictims(clipped, tokens, tolls),
    means: assertedMentions(clipped, tokens, meansTable, covered),
    places: readPlaces(clipped, tokens),
    dates: readDates(clipped, tokens, options.reference ?? null),
    hedges: readHedges(clipped, tokens),
    report: readReport(clipped, tokens),
    names: readNames(tokens),
    targets: readTargets(clipped, tokens, covered),
  };
}
