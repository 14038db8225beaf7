import type { CallRequest, CallResponse } from '../messages/background-calls';
import { keepValid } from '../db/read-valid';
import { correctionSchema, storedClaimSchema } from '../db/records';
import { extractAttributions } from '../extract';
import { incidentSchema } from '../model/incident';
import { sourceSchema } from '../model/source';
import { matchPage } from '../match/match-page';
import { collectPageClaims } from '../page/collect-claims';
import type { BackgroundServices } from './services';

/**
 * Finds the attributed claims in a tab's article text, matches them against the
 * database and the page's other claims, lays people's corrections over the
 * result, and keeps it as the tab's report.
 */
export async function analyzePage(
  services: BackgroundServices,
  request: CallRequest<'analyzePage'>,
  tabId: number,
): Promise<CallResponse<'analyzePage'>> {
  const { db } = services;
  const claims = collectPageClaims(request.page.url, request.text, extractAttributions(request.text));
  const [incidents, sources, corrections] = await Promise.all([
    db.incidents.toArray(),
    db.sources.toArray(),
    db.corrections.where('claimId').anyOf(claims.map((claim) => claim.id)).toArray(),
  ]);
  const { reports, suggestedIncidentId } = await matchPage(request.page, claims, {
    search: (query, limit) => services.claimSearch.search(query, limit),
    loadClaims: async (ids) => keepValid(storedClaimSchema, (await db.claims.bulkGet(ids)).filter(Boolean)).rows,
    loadIncidentClaims: async (incidentId) => keepValid(storedClaimSchema, await db.claims.where('incidentId').equals(incidentId).toArray()).rows,
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
