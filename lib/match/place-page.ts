import { readFacts } from '../facts';
import { matchIncident, type IncidentMatch } from '../incident';
import type { Incident } from '../model/incident';
import type { PageInfo } from '../model/page';
import type { PageClaim } from '../model/page-claim';

/**
 * The known incident a page tells, read from its headline and all its claims
 * together (one report is usually about one event), or null for a new incident.
 */
export function placePage(page: PageInfo, claims: readonly PageClaim[], incidents: readonly Incident[]): IncidentMatch | null {
  const text = [page.title, ...claims.map((claim) => claim.attribution.content.text)].join('\n');
  return matchIncident(readFacts(text, { reference: page.publishedAt }), incidents, page.publishedAt);
}

/**
 * The incident one claim is about: the page's, unless the claim names its own
 * dates, in which case those decide (a report of an August clash that recalls
 * February's puts that paragraph on February's incident, or on none).
 */
export function placeClaim(
  claim: PageClaim,
  page: PageInfo,
  pageIncident: Incident | null,
  incidents: readonly Incident[],
): Incident | null {
  const facts = readFacts(claim.attribution.content.text, { reference: page.publishedAt });
  if (facts.dates.every((date) => date.start === null)) return pageIncident;
  return matchIncident(facts, incidents, page.publishedAt)?.incident ?? null;
}
