import type { Correction, StoredClaim } from '../db/records';
import type { Incident } from '../model/incident';
import { canonicalPageUrl } from '../model/ids';
import type { PageInfo } from '../model/page';
import type { ClaimMatch, ClaimReport, PageClaim } from '../model/page-claim';
import type { Source } from '../model/source';
import { readFacts } from '../facts';
import { compareStance } from '../stance';
import { applyCorrections } from './apply-corrections';
import { claimStatus } from './claim-status';
import { claimWords } from './claim-words';
import { shareComparableFacts } from './comparable-facts';
import { knownClaimMatch } from './known-claim-match';
import { samePageMatches } from './same-page-matches';
import { placeClaim, placePage } from './place-page';

/** How many known claims retrieval offers for each page claim before stance decides. */
export const candidatesPerClaim = 12;

/** Where matching finds known claims, and what it knows about incidents, sources and corrections. */
export interface MatchSources {
  search(query: string, limit: number): Promise<Array<{ id: string; score: number }>>;
  loadClaims(ids: string[]): Promise<StoredClaim[]>;
  incidents: readonly Incident[];
  sources: ReadonlyMap<string, Source>;
  corrections: readonly Correction[];
  /**
   * The stored claims of one incident. Optional: with it, known claims that
   * name a victim or a toll like the page claim's are compared too, though
   * retrieval, which reads words, would not offer them.
   */
  loadIncidentClaims?(incidentId: string): Promise<StoredClaim[]>;
}

/** How many known claims of the incident, beyond retrieval's, are compared for a shared victim or toll. */
export const factMatesPerClaim = 12;

/**
 * Compares each claim of a page with the known claims of the same incident and
 * with the page's other claims. Returns a report per claim (matches other than
 * "unrelated", people's corrections applied, status) and the incident the page
 * is about, or null when it matches none.
 */
export async function matchPage(
  page: PageInfo,
  claims: readonly PageClaim[],
  from: MatchSources,
): Promise<{ reports: ClaimReport[]; suggestedIncidentId: string | null }> {
  const incident = placePage(page, claims, from.incidents)?.incident ?? null;
  const onPage = samePageMatches(claims, page);
  const incidentClaims = onceEach((id: string) => from.loadIncidentClaims?.(id) ?? Promise.resolve([]));
  const reports: ClaimReport[] = [];
  for (const [index, claim] of claims.entries()) {
    const claimIncident = placeClaim(claim, page, incident, from.incidents);
    const known = claimIncident ? await candidates(claim, page, claimIncident, from, incidentClaims) : [];
    const matches = [...knownMatches(claim, page, known, from), ...onPage[index]];
    reports.push({ claim, matches, status: claimStatus(matches) });
  }
  return { reports: applyCorrections(reports, from.corrections), suggestedIncidentId: incident?.id ?? null };
}

// Loads each incident's claims at most once per page.
function onceEach<T>(load: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (id) => {
    if (!loaded.has(id)) loaded.set(id, load(id));
    return loaded.get(id) as Promise<T>;
  };
}

/**
 * The known claims of the claim's incident worth comparing: those retrieval
 * finds by their words, then others that name a victim or a toll of the same
 * kind, from other pages than this one.
 */
async function candidates(
  claim: PageClaim,
  page: PageInfo,
  incident: Incident,
  from: MatchSources,
  incidentClaims: (id: string) => Promise<StoredClaim[]>,
): Promise<StoredClaim[]> {
  const text = claimWords(claim.attribution);
  const pageUrl = canonicalPageUrl(page.url);
  const hits = await from.search(text, candidatesPerClaim);
  const found = (await from.loadClaims(hits.map((hit) => hit.id))).filter((other) => other.incidentId === incident.id);
  const seen = new Set(found.map((other) => other.id));
  const facts = readFacts(text, { reference: page.publishedAt });
  const mates = (await incidentClaims(incident.id))
    .filter((other) => !seen.has(other.id) && shareComparableFacts(facts, other.facts))
    .slice(0, factMatesPerClaim);
  return [...found, ...mates].filter((other) => canonicalPageUrl(other.url) !== pageUrl);
}

/**
 * The stance of each known claim towards the page claim, unrelated ones
 * dropped. Each side's dates ("on Monday") resolve against its own publication date.
 */
function knownMatches(claim: PageClaim, page: PageInfo, known: StoredClaim[], from: MatchSources): ClaimMatch[] {
  const text = claimWords(claim.attribution);
  const incidents = new Map(from.incidents.map((entry) => [entry.id, entry]));
  return known
    .map((other) => {
      const stance = compareStance(text, other.text, { claimDate: page.publishedAt, evidenceDate: other.publishedAt });
      return knownClaimMatch(other, stance, from.sources.get(other.sourceId), incidents.get(other.incidentId));
    })
    .filter((match) => match.relation !== 'unrelated');
}
