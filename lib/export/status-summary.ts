import type { ClaimMatch, ClaimReport } from '../model/page-claim';
import type { Relation } from '../model/stance';
import { claimSentence } from './claim-wording';
import { readableReasons } from './reason-wording';

const relationVerbs: Record<Relation, string> = {
  contradicts: 'contradicts',
  agrees: 'agrees',
  discusses: 'discusses it',
  unrelated: 'is unrelated',
};

/** A plain-text account of a claim for people and generic annotation viewers: "Contradicted: Army denied: \"…\". Monitor (Ledger, 2026-02-14) contradicts: …". */
export function statusSummary(report: ClaimReport): string {
  const head = `${capitalise(report.status)}: ${claimSentence(report.claim.attribution)}.`;
  return [head, ...report.matches.map(matchLine)].join(' ');
}

/** `Army (Ledger, 2026-02-14) contradicts: Toll / number: "two killed" ↔ "one killed" (different toll).` */
export function matchLine(match: ClaimMatch): string {
  const why = readableReasons(match.reasons);
  return `${sourceName(match)} ${relationVerbs[match.relation]}${why ? `: ${why}` : ''}.`;
}

/** "Monitor (Ledger, 2026-02-14)", or "Monitor (elsewhere on this page)" for another claim of the same page. */
export function sourceName(match: ClaimMatch): string {
  if (match.otherId.startsWith('page:')) return `${match.speaker} (elsewhere on this page)`;
  const where = [match.outlet, match.publishedAt].filter(Boolean).join(', ');
  return `${match.speaker}${where ? ` (${where})` : ''}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
