import type { ClaimMatch, ClaimReport } from '../model/page-claim';
import type { Relation } from '../model/stance';
import { claimSentence } from './claim-wording';

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

/** "Army (Ledger, 2026-02-14) contradicts: two killed / one killed (different toll)." */
export function matchLine(match: ClaimMatch): string {
  const where = [match.outlet, match.publishedAt].filter(Boolean).join(', ');
  const why = match.reasons.map((reason) => reasonText(reason)).join('; ');
  return `${match.speaker}${where ? ` (${where})` : ''} ${relationVerbs[match.relation]}${why ? `: ${why}` : ''}.`;
}

/** A reason as a person checks it: both sides' words and the note. */
export function reasonText(reason: ClaimMatch['reasons'][number]): string {
  const note = reason.note ? ` (${reason.note})` : '';
  return `${reason.kind}: "${reason.claimSide}" vs "${reason.evidenceSide}"${note}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
