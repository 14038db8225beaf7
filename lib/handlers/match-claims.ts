import type { CallRequest, CallResponse } from '../messages/background-calls';
import { keepValid } from '../db/read-valid';
import { correctionSchema, storedClaimSchema } from '../db/records';
import { incidentSchema } from '../model/incident';
import { sourceSchema } from '../model/source';
import { matchPage } from '../match/match-page';
import type { BackgroundServices } from './services';

/**
 * Matches a tab's claims against the database and the page's other claims,
 * lays people's corrections over the result, and keeps it as the tab's report.
 */
export async function matchClaims(
  services: BackgroundServices,
  request: CallRequest<'matchClaims'>,
  tabId: number,
): Promise<CallResponse<'matchClaims'>> {
  const { db } = services;
  const [incidents, sources, corrections] = await Promise.all([
    db.incidents.toArray(),
    db.sources.toArray(),
    db.corrections.where('claimId').anyOf(request.claims.map((claim) => claim.id)).toArray(),
  ]);
  const { reports, suggestedIncidentId } = await matchPage(request.page, request.claims, {
    search: (query, limit) => services.claimSearch.search(query, limit),
    loadClaims: async (ids) => keepValid(storedClaimSchema, (await db.claims.bulkGet(ids)).filter(Boolean)).rows,
    incidents: keepValid(incidentSchema, incidents).rows,
    sources: new Map(keepValid(sourceSchema, sources).rows.map((source) => [source.id, source])),
    corrections: keepValid(correctionSchema, corrections).rows,
  });
  await services.tabReports.set(tabId, {
    page: request.page,
    articleFound: request.articleFound,
    reports,
    suggestedIncidentId,
    analyzedAt: services.now(),
  });
  return { reports };
}
