import type { ClaimMatch, ClaimReport, ClaimStatus } from '../model/page-claim';
import type { SourceKind } from '../model/source-kind';
import type { PageExport } from './export-input';
import { claimSentence } from './claim-wording';
import { becauseClause, isVerdict } from './reason-wording';
import { sourceName } from './status-summary';

const ratingNames: Record<ClaimStatus, string> = {
  contradicted: 'Contradicted by other sources',
  corroborated: 'Corroborated by other sources',
  discussed: 'Discussed by other sources',
  unmatched: 'No other sources found',
};

/** Kinds of source that are people rather than organisations, for schema.org's author type. */
const personKinds: ReadonlySet<SourceKind> = new Set(['journalist', 'witness']);

/** Sources named in a rating's explanation for each side; the rest are counted (all are cited). */
const namedPerSide = 2;

/** Choices for {@link toClaimReviews}. */
export interface ClaimReviewOptions {
  /** The newsroom publishing the review, its author: the organisation the user checks for, never the tool. */
  reviewer: string;
}

/**
 * schema.org ClaimReview JSON-LD for each claim that other sources agree with
 * or contradict: the review (by the newsroom; its `url` is the newsroom's own fact-check
 * article, which does not exist yet when the draft is exported, so it is left for the desk to
 * add rather than set to the page reviewed), the claim and
 * its speaker (itemReviewed Claim, appearing at the page), a textual rating
 * naming the status with a sentence or two saying who agrees or contradicts and
 * why (no numeric truth score: the status says who disagrees, not who is right),
 * and the sources as citations.
 */
export function toClaimReviews({ page, reports, generatedAt }: PageExport, options: ClaimReviewOptions): Array<Record<string, unknown>> {
  return reports
    .filter((report) => report.matches.some((match) => isVerdict(match.relation)))
    .map((report) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: generatedAt.slice(0, 10),
      author: { '@type': 'Organization', name: options.reviewer },
      claimReviewed: claimSentence(report.claim.attribution),
      itemReviewed: {
        '@type': 'Claim',
        author: party(report.claim.attribution.speaker ?? 'Unnamed source', report.claim.attribution.speakerKind),
        ...(page.publishedAt ? { datePublished: page.publishedAt } : {}),
        appearance: {
          '@type': 'CreativeWork',
          url: page.url,
          headline: page.title,
          ...(page.publishedAt ? { datePublished: page.publishedAt } : {}),
        },
      },
      reviewRating: { '@type': 'Rating', alternateName: ratingNames[report.status], ratingExplanation: explanation(report) },
      citation: report.matches.filter((match) => match.relation !== 'unrelated').map((match) => citation(match, page.url)),
    }));
}

/** "Contradicted: Monitor (Ledger, 2026-05-21) gives a different figure (…). Corroborated: …": strongest sources first. */
function explanation(report: ClaimReport): string {
  const sides = [
    ['Contradicted:', report.matches.filter((match) => match.relation === 'contradicts')],
    ['Corroborated:', report.matches.filter((match) => match.relation === 'agrees')],
  ] as const;
  return sides
    .filter(([, matches]) => matches.length > 0)
    .map(([lead, matches]) => `${lead} ${sideSentence([...matches].sort((a, b) => b.score - a.score))}.`)
    .join(' ');
}

/** The strongest match of each source, each source named once however many of its sentences match. */
function sideSentence(matches: readonly ClaimMatch[]): string {
  const named = new Set<string>();
  const bySource = matches.filter((match) => !named.has(sourceName(match)) && named.add(sourceName(match)));
  const shown = bySource.slice(0, namedPerSide).map((match) => `${sourceName(match)} ${becauseClause(match)}`);
  const others = bySource.length - shown.length;
  const more = others > 0 ? `; and ${others} other source${others === 1 ? '' : 's'}` : '';
  return `${shown.join('; and ')}${more}`;
}

/** Another source as a citation; one from the same page points at the page and names no publisher ("This page" is none). */
function citation(match: ClaimMatch, pageUrl: string): Record<string, unknown> {
  const samePage = match.otherId.startsWith('page:');
  const url = samePage ? pageUrl : match.url;
  const relation = isVerdict(match.relation) ? `${capitalise(match.relation)}: ${becauseClause(match)}.` : 'Discusses the claim.';
  return {
    '@type': 'CreativeWork',
    text: match.text,
    author: party(match.speaker, match.speakerKind),
    ...(match.outlet && !samePage ? { publisher: { '@type': 'Organization', name: match.outlet } } : {}),
    ...(match.publishedAt ? { datePublished: match.publishedAt } : {}),
    ...(url ? { url } : {}),
    description: relation,
  };
}

function party(name: string, kind: SourceKind): Record<string, unknown> {
  return { '@type': personKinds.has(kind) ? 'Person' : 'Organization', name };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
