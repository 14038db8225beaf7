import { useId, useState } from 'react';
import type { ClaimReport } from '../lib/model/page-claim';
import { ClaimStatement } from './claim-statement';
import { countOf, speakerName } from './display';
import { MatchList, type CorrectMatch } from './match-list';
import { SpeakerLine } from './speaker-line';
import { StatusBadge } from './status-badge';

interface ClaimListItemProps {
  report: ClaimReport;
  onReveal: (claimId: string) => void;
  onCorrectMatch: CorrectMatch;
  initiallyExpanded: boolean;
}

function sourcesToggleLabel(count: number, expanded: boolean): string {
  return expanded ? 'Hide sources' : `Show ${countOf(count, 'source')}`;
}

/** One claim in the popup: clicking its words shows it on the page; a toggle opens its sources as in the card. */
export function ClaimListItem({ report, onReveal, onCorrectMatch, initiallyExpanded }: ClaimListItemProps) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const matchesId = useId();
  const { attribution } = report.claim;
  return (
    <li className="rounded-md border border-solid border-gray-200 p-2" data-claim-id={report.claim.id}>
      <div className="flex items-start gap-2">
        <button
          type="button"
          onClick={() => onReveal(report.claim.id)}
          title="Show on the page"
          className="min-w-0 flex-1 rounded-sm text-left text-sm leading-snug hover:bg-gray-50"
        >
          {/* Two blocks, not a space between them: the space would open the claim's text when copied or read aloud. */}
          <span className="block">
            <SpeakerLine name={speakerName(attribution)} kind={attribution.speakerKind} via={attribution.via} />
          </span>
          <span className="block" data-claim-statement>
            <ClaimStatement attribution={attribution} />
          </span>
        </button>
        <StatusBadge status={report.status} />
      </div>
      {report.matches.length > 0 ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={matchesId}
          onClick={() => setExpanded(!expanded)}
          className="mt-1 text-xs text-blue-800 underline"
        >
          {sourcesToggleLabel(report.matches.length, expanded)}
        </button>
      ) : (
        <p className="mt-1 text-xs text-gray-600">No other source tells this yet.</p>
      )}
      {/* Only a claim with sources opens a list: the line above already says when there is none. */}
      {expanded && report.matches.length > 0 ? (
        <div id={matchesId} className="mt-2">
          <MatchList claimId={report.claim.id} matches={report.matches} onCorrectMatch={onCorrectMatch} onReveal={onReveal} />
        </div>
      ) : null}
    </li>
  );
}
