import { useState } from 'react';
import type { ClaimReport } from '../lib/model/page-claim';
import { ClaimListItem } from './claim-list-item';
import { groupReports, type Grouping } from './grouping';
import type { CorrectMatch } from './match-list';
import { StatusCounts } from './status-counts';

export interface ClaimListProps {
  reports: readonly ClaimReport[];
  /** Asks the page to scroll to the claim and show it. */
  onReveal: (claimId: string) => void;
  onCorrectMatch: CorrectMatch;
  initialGrouping?: Grouping;
  /** The side panel opens every claim's sources; the popup keeps them folded. */
  expandMatches?: boolean;
}

const groupingLabels: Record<Grouping, string> = { speaker: 'By speaker', status: 'By status' };

function GroupingToggle({ grouping, onChange }: { grouping: Grouping; onChange: (grouping: Grouping) => void }) {
  return (
    <div
      role="group"
      aria-label="Group claims"
      className="inline-flex overflow-hidden rounded-sm border border-solid border-gray-300"
    >
      {(['speaker', 'status'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={grouping === option}
          onClick={() => onChange(option)}
          className="px-2 py-0.5 text-xs text-gray-800 aria-pressed:bg-gray-800 aria-pressed:text-white"
        >
          {groupingLabels[option]}
        </button>
      ))}
    </div>
  );
}

/** The page's claims with status totals, grouped by speaker or by status at the reader's choice. */
export function ClaimList(props: ClaimListProps) {
  const { reports, onReveal, onCorrectMatch, expandMatches = false } = props;
  const [grouping, setGrouping] = useState<Grouping>(props.initialGrouping ?? 'speaker');
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StatusCounts reports={reports} />
        <GroupingToggle grouping={grouping} onChange={setGrouping} />
      </div>
      {groupReports(reports, grouping).map((group) => (
        <section key={group.key} aria-label={`${group.heading} (${group.reports.length})`} data-group={group.key}>
          <h2 className="mb-1 text-sm font-semibold text-gray-900">
            {group.heading} <span className="font-normal text-gray-600">({group.reports.length})</span>
          </h2>
          <ul className="flex flex-col gap-1.5">
            {group.reports.map((report) => (
              <ClaimListItem
                key={report.claim.id}
                report={report}
                onReveal={onReveal}
                onCorrectMatch={onCorrectMatch}
                initiallyExpanded={expandMatches}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
