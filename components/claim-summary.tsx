import type { ClaimReport } from '../lib/model/page-claim';
import { ClaimStatement } from './claim-statement';
import { speakerName } from './display';
import { SpeakerLine } from './speaker-line';
import { StatusBadge } from './status-badge';

/** Who said what and its status: the head of the card and of each popup entry. */
export function ClaimSummary({ report }: { report: ClaimReport }) {
  const { attribution } = report.claim;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-1">
        <SpeakerLine name={speakerName(attribution)} kind={attribution.speakerKind} via={attribution.via} />
        <StatusBadge status={report.status} />
      </div>
      <p className="text-sm leading-snug">
        <ClaimStatement attribution={attribution} />
      </p>
    </div>
  );
}
