import type { ClaimMatch, ClaimStatus } from '../model/page-claim';

/**
 * A claim's status from its matches: any contradiction wins (that is what a
 * fact-checker must see first), then agreement, then related coverage.
 */
export function claimStatus(matches: readonly ClaimMatch[]): ClaimStatus {
  if (matches.some((match) => match.relation === 'contradicts')) return 'contradicted';
  if (matches.some((match) => match.relation === 'agrees')) return 'corroborated';
  if (matches.some((match) => match.relation === 'discusses')) return 'discussed';
  return 'unmatched';
}
