import type { CallRequest, CallResponse } from '../messages/background-calls';
import { applyCorrections } from '../match/apply-corrections';
import { stableId } from '../model/ids';
import type { Correction } from '../db/records';
import type { BackgroundServices } from './services';

/**
 * Records a person's verdict on one match, applies it to the tab's report
 * (and to every later analysis of the same claim), and repaints the tab.
 */
export async function correctMatch(
  services: BackgroundServices,
  tabId: number,
  request: CallRequest<'correctMatchOnPage'>,
): Promise<CallResponse<'correctMatch'>> {
  const report = await services.tabReports.get(tabId);
  if (!report) throw new Error('This tab has not been analysed yet: reload the page and try again.');
  const claim = report.reports.find((entry) => entry.claim.id === request.claimId);
  if (!claim) throw new Error('That claim is no longer on the page.');
  if (!claim.matches.some((match) => match.otherId === request.otherId)) {
    throw new Error('That source is not among the claim’s matches.');
  }
  const correction: Correction = {
    id: stableId('fix', request.claimId, request.otherId),
    claimId: request.claimId,
    otherId: request.otherId,
    relation: request.relation,
    correctedAt: services.now(),
  };
  await services.db.corrections.put(correction);
  const corrected = { ...report, reports: applyCorrections(report.reports, [correction]) };
  await services.tabReports.set(tabId, corrected);
  await services.notifyTab(tabId, corrected.reports);
  return corrected;
}
