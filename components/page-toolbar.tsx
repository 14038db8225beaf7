import type { ClaimReport, ClaimStatus } from '../lib/model/page-claim';
import { countByStatus } from './grouping';
import { statusOrder, statusStyles } from './status-style';

export interface PageToolbarProps {
  reports: readonly ClaimReport[];
  /** Index of the claim whose card is open, or null. */
  current: number | null;
  onStep: (direction: 1 | -1) => void;
  onHide: () => void;
}

/**
 * The small bar Crosscheck keeps in a corner of an analysed page: how many
 * claims of each status, and buttons that step through them, so every claim is
 * reachable from the keyboard (Tab to the bar, then Enter).
 */
function statusCounts(reports: readonly ClaimReport[]): Array<[ClaimStatus, number]> {
  const counts = countByStatus(reports);
  return statusOrder.map((status): [ClaimStatus, number] => [status, counts[status]]).filter(([, count]) => count > 0);
}

export function PageToolbar({ reports, current, onStep, onHide }: PageToolbarProps) {
  const position = current === null ? '' : `${current + 1} of ${reports.length} · `;
  return (
    <div
      role="toolbar"
      aria-label="Crosscheck claims on this page"
      className="flex items-center gap-2 rounded-full border border-solid border-gray-300 bg-white px-3 py-1.5 font-sans text-xs text-gray-900 shadow-lg"
    >
      <span className="font-semibold">Crosscheck</span>
      <span aria-live="polite">
        {position}
        {reports.length} {reports.length === 1 ? 'claim' : 'claims'}
      </span>
      {statusCounts(reports).map(([status, count]) => (
        <span key={status} title={statusStyles[status].label} data-status={status}>
          <span aria-hidden="true" style={{ color: statusStyles[status].colour }}>
            {statusStyles[status].icon}
          </span>{' '}
          {count} {statusStyles[status].label.toLowerCase()}
        </span>
      ))}
      <button type="button" className="rounded-sm border border-solid border-gray-300 px-2 hover:bg-gray-100" onClick={() => onStep(-1)} aria-label="Previous claim">
        ◀
      </button>
      <button type="button" className="rounded-sm border border-solid border-gray-300 px-2 hover:bg-gray-100" onClick={() => onStep(1)} aria-label="Next claim">
        ▶
      </button>
      <button type="button" className="px-1 text-gray-500 hover:text-gray-900" onClick={onHide} aria-label="Hide Crosscheck bar">
        ×
      </button>
    </div>
  );
}
