import type { CallRequest, CallResponse } from '../messages/background-calls';
import { exportFile } from '../export';
import type { BackgroundServices } from './services';

/** The tab's claims, with what Crosscheck found about them and people's corrections, as a file to download (a ClaimReview signed by the request's newsroom). */
export async function exportAnnotations(
  services: BackgroundServices,
  request: CallRequest<'exportAnnotations'>,
): Promise<CallResponse<'exportAnnotations'>> {
  const report = await services.tabReports.get(request.tabId);
  if (!report) throw new Error('This tab has not been analysed yet: reload the page and try again.');
  if (report.reports.length === 0) throw new Error('There are no attributed claims on this page to export.');
  const generatedAt = new Date(services.now()).toISOString();
  return exportFile({ page: report.page, reports: report.reports, generatedAt }, request.format, { reviewer: request.newsroom });
}
