import { readFacts } from '../facts';
import { matchIncident, tellsOfIncident, type IncidentMatch } from '../incident';
import type { Incident } from '../model/incident';
import type { PageInfo } from '../model/page';
import type { PageClaim } from '../model/page-claim';

/**
 * The known incident a page tells, read from its headline and all its claims
 * together (one report is usually about one event), or null for a new incident
 * or a page that tells of none (see tellsOfIncident).
 */
export function placePage(page: PageInfo, claims: readonly PageClaim[], incidents: readonly Incident[]): IncidentMatch | null {
  const text = [page.title, ...claims.map((claim) => claim.attribution.content.text)].join('\n');
  const facts = readFacts(text, { reference: page.publishedAt });
  return tellsOfIncident(facts) ? matchIncident(facts, incidents, page.publishedAt) : null;
}

/**
 * The incident one claim is about: the page's, unless the claim names its own
 * dates and tells of an incident, in which case those decide (a report of an
 * August clash that recalls February's puts that paragraph on February's
 * incident, or on none; "the money was sent in February" stays with the page).
 */
export function placeClaim(
  claim: PageClaim,
  page: PageInfo,
  pageIncident: Incident | null,
  incidents: readonly Incident[],
): Incident | null {
  const facts = readFacts(claim.attribution.content.text, { reference: page.publishedAt });
  if (facts.dates.every((date) => date.start === null) || !tellsOfIncident(facts)) return pageIncident;
  return matchIncident(facts, incidents, page.publishedAt)?.incident ?? null;
}
