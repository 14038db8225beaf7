import type { ClaimMatch, ClaimReport } from '../model/page-claim';
import type { PageExport } from './export-input';
import { readableReasons, topicSimilarity } from './reason-wording';

const header = [
  'page_url', 'page_title', 'page_published', 'claim_id', 'speaker', 'speaker_kind', 'cue', 'claim', 'hedges',
  'status', 'quote_start', 'quote_end', 'relation', 'other_speaker', 'other_speaker_kind', 'other_words',
  'other_outlet', 'other_published', 'other_url', 'incident', 'reasons', 'score', 'similarity', 'corrected',
];

/**
 * The page's claims as CSV (RFC 4180: CRLF lines, fields quoted when they hold
 * a comma, quote or line break): one row per claim and other source, and one
 * row with empty match columns for a claim nothing matched. `reasons` is prose
 * for people; `score` (confidence in the relation) and `similarity` (topic
 * similarity of the closest passage) are numbers of their own. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
export function toCsv({ page, reports }: PageExport): string {
  const rows: string[][] = [header];
  for (const report of reports) {
    const claimCells = [
      page.url, page.title, page.publishedAt ?? '', ...claimColumns(report),
    ];
    if (report.matches.length === 0) rows.push([...claimCells, ...header.slice(claimCells.length).map(() => '')]);
    for (const match of report.matches) rows.push([...claimCells, ...matchColumns(match)]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function claimColumns({ claim, status }: ClaimReport): string[] {
  const { attribution, selectors } = claim;
  return [
    claim.id, attribution.speaker ?? '', attribution.speakerKind, attribution.cue.text, attribution.content.text,
    attribution.hedges.join('; '), status, String(selectors.position.start), String(selectors.position.end),
  ];
}

function matchColumns(match: ClaimMatch): string[] {
  return [
    match.relation, match.speaker, match.speakerKind, match.text, match.outlet, match.publishedAt ?? '',
    match.url, match.incidentTitle ?? '', readableReasons(match.reasons), String(match.score),
    String(topicSimilarity(match) ?? ''), match.corrected ? 'yes' : 'no',
  ];
}

/**
 * One field: neutralised if a spreadsheet would read it as a formula (= + - @,
 * or a leading tab or carriage return, per OWASP), then quoted if it must be.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
