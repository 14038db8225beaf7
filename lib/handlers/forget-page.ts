import type { CallRequest, CallResponse } from '../messages/background-calls';
import { canonicalPageUrl } from '../model/ids';
import type { BackgroundServices } from './services';

/**
 * Removes what was saved from the tab's page: its known claims (from the search
 * index too) and its annotations. Incidents and sources stay, since other
 * pages' claims may name them.
 */
export async function forgetPage(
  services: BackgroundServices,
  request: CallRequest<'forgetPage'>,
): Promise<CallResponse<'forgetPage'>> {
  const report = await services.tabReports.get(request.tabId);
  if (!report) throw new Error('This tab has not been analysed yet: reload the page and try again.');
  const { db } = services;
  const url = canonicalPageUrl(report.page.url);
  const ids = await db.transaction('rw', [db.claims, db.annotations], async () => {
    const claimIds = await db.claims.where('url').equals(url).primaryKeys();
    await db.claims.bulkDelete(claimIds);
    await db.annotations.where('pageUrl').equals(url).delete();
    return claimIds;
  });
  await services.claimSearch.remove(ids);
  return { removed: ids.length };
}
