import type { ClaimReport } from '../model/page-claim';
import type { Correction } from '../db/records';
import { claimStatus } from './claim-status';

/**
 * Reports with people's corrections laid over the engine's relations. A
 * correction outranks the engine and is marked `corrected`; a match corrected to
 * "unrelated" stays listed (so it can be corrected back) but no longer counts
 * towards the status.
 */
export function applyCorrections(reports: readonly ClaimReport[], corrections: readonly Correction[]): ClaimReport[] {
  if (corrections.length === 0) return [...reports];
  const byPair = new Map(corrections.map((c) => [`${c.claimId}\u0000${c.otherId}`, c.relation]));
  return reports.map((report) => {
    const matches = report.matches.map((match) => {
      const relation = byPair.get(`${report.claim.id}\u0000${match.otherId}`);
      return relation === undefined ? match : { ...match, relation, corrected: true };
    });
    return { ...report, matches, status: claimStatus(matches) };
  });
}
