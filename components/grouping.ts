import type { ClaimReport, ClaimStatus } from '../lib/model/page-claim';
import { speakerName } from './display';
import { statusOrder, statusStyles } from './status-style';

export type Grouping = 'speaker' | 'status';

export interface ClaimGroup {
  key: string;
  heading: string;
  reports: ClaimReport[];
}

/** How many of the page's claims have each status (zero included). */
export function countByStatus(reports: readonly ClaimReport[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(statusOrder.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const report of reports) counts[report.status] += 1;
  return counts;
}

function groupBySpeaker(reports: readonly ClaimReport[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const report of reports) {
    const name = speakerName(report.claim.attribution);
    const group = groups.get(name) ?? { key: `speaker:${name}`, heading: name, reports: [] };
    group.reports.push(report);
    groups.set(name, group);
  }
  return [...groups.values()];
}

function groupByStatus(reports: readonly ClaimReport[]): ClaimGroup[] {
  return statusOrder
    .map((status) => ({
      key: `status:${status}`,
      heading: statusStyles[status].label,
      reports: reports.filter((report) => report.status === status),
    }))
    .filter((group) => group.reports.length > 0);
}

/**
 * The page's claims in groups, in page order within each: speakers in order of
 * first appearance, statuses in `statusOrder`; empty groups left out.
 */
export function groupReports(reports: readonly ClaimReport[], grouping: Grouping): ClaimGroup[] {
  return grouping === 'speaker' ? groupBySpeaker(reports) : groupByStatus(reports);
}
