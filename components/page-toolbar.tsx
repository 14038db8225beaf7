import { useState } from 'react';
import type { ClaimReport, ClaimStatus } from '../lib/model/page-claim';
import { countOf } from './display';
import { countByStatus } from './grouping';
import { statusOrder, statusStyles } from './status-style';

export interface PageToolbarProps {
  reports: readonly ClaimReport[];
  /** Index of the claim whose card is open, or null. */
  current: number | null;
  onStep: (direction: 1 | -1) => void;
  onHide: () => void;
}

const pillClass = 'rounded-full border border-solid border-gray-300 bg-white font-sans text-xs text-gray-900 shadow-lg';
const stepClass = 'rounded-sm border border-solid border-gray-300 px-1.5 hover:bg-gray-100';

function statusCounts(reports: readonly ClaimReport[]): Array<[ClaimStatus, number]> {
  const counts = countByStatus(reports);
  return statusOrder.map((status): [ClaimStatus, number] => [status, counts[status]]).filter(([, count]) => count > 0);
}

/** Each status as its symbol and count ("✕ 3"); the word is in the title and for screen readers, to keep the bar narrow. */
function StatusCount({ status, count }: { status: ClaimStatus; count: number }) {
  const { label, icon, colour } = statusStyles[status];
  return (
    <span title={`${count} ${label.toLowerCase()}`} data-status={status} className="whitespace-nowrap">
      <span aria-hidden="true" style={{ color: colour }}>
        {icon}
      </span>{' '}
      {count}
      <span className="sr-only"> {label.toLowerCase()}</span>
    </span>
  );
}

/**
 * The small bar Crosscheck keeps in a corner of an analysed page: how many
 * claims of each status, and buttons that step through them, so every claim is
 * reachable from the keyboard (Tab to the bar, then Enter). It sits over the
 * page, so it stays narrow and folds into a pill holding only the count, out
 * of the way of the ends of the article's lines; × hides it.
 */
export function PageToolbar({ reports, current, onStep, onHide }: PageToolbarProps) {
  const [folded, setFolded] = useState(false);
  const claims = countOf(reports.length, 'claim');
  if (folded) {
    return (
      <button type="button" onClick={() => setFolded(false)} aria-label={`Open the Crosscheck bar (${claims})`} className={`${pillClass} px-2.5 py-1 hover:bg-gray-100`}>
        <span className="font-semibold">Crosscheck</span> · {reports.length}
      </button>
    );
  }
  const position = current === null ? '' : `${current + 1} of ${reports.length} · `;
  return (
    <div role="toolbar" aria-label="Crosscheck claims on this page" className={`${pillClass} flex items-center gap-1.5 px-2.5 py-1`}>
      <span className="font-semibold">Crosscheck</span>
      <span aria-live="polite" className="whitespace-nowrap">
        {position}
        {claims}
      </span>
      {statusCounts(reports).map(([status, count]) => (
        <StatusCount key={status} status={status} count={count} />
      ))}
      <button type="button" className={stepClass} onClick={() => onStep(-1)} aria-label="Previous claim">
        ◀
      </button>
      <button type="button" className={stepClass} onClick={() => onStep(1)} aria-label="Next claim">
        ▶
      </button>
      <button type="button" className="px-1 text-gray-500 hover:text-gray-900" onClick={() => setFolded(true)} aria-label="Fold the Crosscheck bar" title="Fold">
        –
      </button>
      <button type="button" className="px-1 text-gray-500 hover:text-gray-900" onClick={onHide} aria-label="Hide Crosscheck bar" title="Hide">
        ×
      </button>
    </div>
  );
}
