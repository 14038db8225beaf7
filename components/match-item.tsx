import type { ClaimMatch } from '../lib/model/page-claim';
import { CorrectionButtons } from './correction-buttons';
import { isSamePageMatch, safeLink } from './display';
import type { CorrectableRelation } from './labels';
import { ReasonList } from './reason-list';
import { SpeakerLine } from './speaker-line';

interface MatchItemProps {
  match: ClaimMatch;
  onCorrect: (otherId: string, relation: CorrectableRelation) => void;
}

function WhereFrom({ match }: { match: ClaimMatch }) {
  const href = safeLink(match.url);
  const outlet = isSamePageMatch(match.otherId) ? 'This page' : match.outlet || 'Unknown outlet';
  return (
    <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-gray-600">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
          {outlet}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <span>{outlet}</span>
      )}
      {match.publishedAt ? <time dateTime={match.publishedAt}>{match.publishedAt}</time> : null}
      {match.incidentTitle ? <span>· {match.incidentTitle}</span> : null}
      {match.corrected ? <span className="font-medium text-gray-800">· set by you</span> : null}
    </div>
  );
}

/** One other source's version: who, their words, where and when published, why it relates, and correction buttons. */
export function MatchItem({ match, onCorrect }: MatchItemProps) {
  return (
    <li className="border-t border-solid border-gray-200 py-2 first:border-t-0" data-other-id={match.otherId}>
      <SpeakerLine name={match.speaker} kind={match.speakerKind} />
      <blockquote className="mt-1 border-l-2 border-solid border-gray-300 pl-2 text-sm text-gray-900">
        {match.text}
      </blockquote>
      <WhereFrom match={match} />
      <ReasonList reasons={match.reasons} />
      <CorrectionButtons
        current={match.relation}
        otherName={match.speaker}
        onCorrect={(relation) => onCorrect(match.otherId, relation)}
      />
    </li>
  );
}
