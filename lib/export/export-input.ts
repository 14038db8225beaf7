import type { PageInfo } from '../model/page';
import type { ClaimReport } from '../model/page-claim';

/** What every export is made from: the page, its claim reports, and when the export was made (ISO 8601). */
export interface PageExport {
  page: PageInfo;
  reports: ClaimReport[];
  generatedAt: string;
}
