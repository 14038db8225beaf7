import type { Correction, StoredClaim } from '../db/records';
import type { Incident } from '../model/incident';
import { canonicalPageUrl } from '../model/ids';
import type { PageInfo } from '../model/page';
import type { ClaimMatch, ClaimReport, PageClaim } from '../model/page-claim';
import type { Source } from '../model/source';
import { compareStance } from '../stance';
import { applyCorrections } from './apply-corrections';
import { claimStatus } from './claim-status';
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
}

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
  const pageUrl = canonicalPageUrl(page.url);
  const onPage = samePageMatches(claims, page);
  const reports: ClaimReport[] = [];
  for (const [index, claim] of claims.entries()) {
    const claimIncident = placeClaim(claim, page, incident, from.incidents);
    const matches = [...(await knownMatches(claim, from, pageUrl, claimIncident)), ...onPage[index]];
    reports.push({ claim, matches, status: claimStatus(matches) });
  }
  return { reports: applyCorrections(reports, from.corrections), suggestedIncidentId: incident?.id ?? null };
}

/** Known claims of the claim's incident (none when it tells a new one) and their stance, unrelated ones dropped. */
async function knownMatches(
  claim: PageClaim,
  from: MatchSources,
  pageUrl: string,
  incident: Incident | null,
): Promise<ClaimMatch[]> {
  if (incident === null) return [];
  const text = claim.attribution.content.text;
  const hits = await from.search(text, candidatesPerClaim);
  const known = await from.loadClaims(hits.map((hit) => hit.id));
  const incidents = new Map(from.incidents.map((entry) => [entry.id, entry]));
  return known
    .filter((other) => canonicalPageUrl(other.url) !== pageUrl)
    .filter((other) => other.incidentId === incident.id)
    .map((other) => knownClaimMatch(other, compareStance(text, other.text), from.sources.get(other.sourceId), incidents.get(other.incidentId)))
    .filter((match) => match.relation !== 'unrelated');
}
