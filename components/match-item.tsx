import type { ClaimMatch } from '../lib/model/page-claim';
import { CorrectionButtons } from './correction-buttons';
import { displaySpeaker, safeLink, samePageClaimId, shownReasons } from './display';
import type { CorrectableRelation } from './labels';
import { ReasonList } from './reason-list';
import { SpeakerLine } from './speaker-line';

/** Asks for a claim of this page to be shown there, as "Show on the page" does for the claim itself. */
export type RevealClaim = (claimId: string) => void;

interface MatchItemProps {
  match: ClaimMatch;
  onCorrect: (otherId: string, relation: CorrectableRelation) => void;
  /** Jumps to a same-page match; without it such a match is only named. */
  onReveal?: RevealClaim;
}

const linkClass = 'text-blue-800 underline';

/** Another claim of this page: a jump to it there, never a second copy of the page in a new tab. */
function ThisPage({ claimId, onReveal }: { claimId: string; onReveal?: RevealClaim }) {
  if (!onReveal) return <span>Elsewhere on this page</span>;
  return (
    <button type="button" onClick={() => onReveal(claimId)} title="Show that claim on the page" className={`${linkClass} text-left`}>
      Elsewhere on this page
    </button>
  );
}

function OtherOutlet({ match }: { match: ClaimMatch }) {
  const href = safeLink(match.url);
  const outlet = match.outlet || 'Unknown outlet';
  if (!href) return <span>{outlet}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {outlet}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

function WhereFrom({ match, onReveal }: { match: ClaimMatch; onReveal?: RevealClaim }) {
  const pageClaimId = samePageClaimId(match.otherId);
  return (
    <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-gray-600">
      {pageClaimId === null ? <OtherOutlet match={match} /> : <ThisPage claimId={pageClaimId} onReveal={onReveal} />}
      {match.publishedAt && pageClaimId === null ? <time dateTime={match.publishedAt}>{match.publishedAt}</time> : null}
      {match.incidentTitle ? <span>· {match.incidentTitle}</span> : null}
      {match.corrected ? <span className="font-medium text-gray-800">· set by you</span> : null}
    </div>
  );
}

/** One other source's version: who, their words, where and when published, why it relates, and correction buttons. */
export function MatchItem({ match, onCorrect, onReveal }: MatchItemProps) {
  return (
    <li className="border-t border-solid border-gray-200 py-2 first:border-t-0" data-other-id={match.otherId}>
      <SpeakerLine name={displaySpeaker(match.speaker)} kind={match.speakerKind} />
      <blockquote className="mt-1 border-l-2 border-solid border-gray-300 pl-2 text-sm text-gray-900">
        {match.text}
      </blockquote>
      <WhereFrom match={match} onReveal={onReveal} />
      <ReasonList reasons={shownReasons(match)} />
      <CorrectionButtons
        current={match.relation}
        otherName={match.speaker}
        onCorrect={(relation) => onCorrect(match.otherId, relation)}
      />
    </li>
  );
}
