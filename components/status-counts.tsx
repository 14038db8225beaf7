import type { ClaimReport } from '../lib/model/page-claim';
import { countByStatus } from './grouping';
import { statusOrder, statusStyles } from './status-style';

/** One line of totals, e.g. "✕ 2 Contradicted · ✓ 3 Corroborated". */
export function StatusCounts({ reports }: { reports: readonly ClaimReport[] }) {
  const counts = countByStatus(reports);
  return (
    <ul aria-label="Claims by status" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-gray-800">
      {statusOrder.map((status) => (
        <li key={status} data-status={status} className="inline-flex items-center gap-1">
          <span aria-hidden="true" style={{ color: statusStyles[status].colour }}>
            {statusStyles[status].icon}
          </span>
          <span className="font-semibold">{counts[status]}</span> {statusStyles[status].label}
        </li>
      ))}
    </ul>
  );
}
