import type { StoredClaim } from '../db/records';
import type { Incident } from '../model/incident';
import type { ClaimMatch } from '../model/page-claim';
import type { Source } from '../model/source';
import type { Stance } from '../model/stance';

/** A ClaimMatch describing a known claim from the database, with the engine's stance towards it. */
export function knownClaimMatch(
  known: StoredClaim,
  stance: Stance,
  source: Source | undefined,
  incident: Incident | undefined,
): ClaimMatch {
  return {
    otherId: known.id,
    text: known.text,
    speaker: source?.name ?? 'Unknown source',
    speakerKind: source?.kind ?? 'other',
    outlet: known.outlet,
    url: known.url,
    publishedAt: known.publishedAt,
    incidentTitle: incident?.title ?? null,
    relation: stance.relation,
    score: stance.score,
    reasons: stance.reasons,
    corrected: false,
  };
}
