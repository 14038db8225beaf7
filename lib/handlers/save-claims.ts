import type { CallRequest, CallResponse } from '../messages/background-calls';
import type { BackgroundServices } from './services';
import { incidentNamed, storePageClaims } from './store-page-claims';

/**
 * Saves the tab's claims as known claims of an existing or a new incident,
 * with their sources and the annotations shown for them. Ids come from the page
 * address and the claim's words, so saving twice adds nothing.
 */
export async function saveClaims(
  services: BackgroundServices,
  request: CallRequest<'saveClaims'>,
): Promise<CallResponse<'saveClaims'>> {
  const report = await services.tabReports.get(request.tabId);
  if (!report) throw new Error('This tab has not been analysed yet: reload the page and try again.');
  if (report.reports.length === 0) throw new Error('There are no attributed claims on this page to save.');
  const { db } = services;
  const { target } = request;
  const outcome = await db.transaction('rw', [db.incidents, db.sources, db.claims, db.annotations], async () => {
    const incident = target.kind === 'new' ? await incidentNamed(db, target.title, report) : await db.incidents.get(target.incidentId);
    if (!incident) throw new Error('That incident is no longer in the database.');
    return { incidentId: incident.id, ...(await storePageClaims(db, report, incident, services.now())) };
  });
  await services.claimSearch.add(outcome.added);
  return { incidentId: outcome.incidentId, added: outcome.added.length, unchanged: outcome.unchanged };
}
