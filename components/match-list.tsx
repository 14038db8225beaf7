import type { ClaimMatch } from '../lib/model/page-claim';
import type { Relation } from '../lib/model/stance';
import { relationHeadings, relationOrder, type CorrectableRelation } from './labels';
import { MatchItem, type RevealClaim } from './match-item';

/** Called when a person overrules a match: the page claim, the other claim, the relation they chose. */
export type CorrectMatch = (claimId: string, otherId: string, relation: CorrectableRelation) => void;

interface MatchListProps {
  claimId: string;
  matches: readonly ClaimMatch[];
  onCorrectMatch: CorrectMatch;
  /** Jumps to a match that is another claim of this page. */
  onReveal?: RevealClaim;
}

function matchesWith(matches: readonly ClaimMatch[], relation: Relation): ClaimMatch[] {
  return matches.filter((match) => match.relation === relation).sort((a, b) => b.score - a.score);
}

/** The other sources grouped as contradict / agree / discuss (and any marked unrelated), strongest first. */
export function MatchList({ claimId, matches, onCorrectMatch, onReveal }: MatchListProps) {
  if (matches.length === 0) {
    return <p className="text-xs text-gray-600">No other source tells this yet.</p>;
  }
  const onCorrect = (otherId: string, relation: CorrectableRelation) => onCorrectMatch(claimId, otherId, relation);
  return (
    <div className="flex flex-col gap-2">
      {relationOrder.map((relation) => {
        const group = matchesWith(matches, relation);
        if (group.length === 0) return null;
        return (
          <section
            key={relation}
            aria-label={`${relationHeadings[relation]} (${group.length})`}
            data-relation={relation}
          >
            <h3 className="text-xs font-semibold uppercase tracking-wide text-gray-700">
              {relationHeadings[relation]} ({group.length})
            </h3>
            <ul>
              {group.map((match) => (
                <MatchItem key={match.otherId} match={match} onCorrect={onCorrect} onReveal={onReveal} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
