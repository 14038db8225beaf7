import type { ClaimMatch, ClaimReport, ClaimStatus } from '../model/page-claim';
import type { SourceKind } from '../model/source-kind';
import type { PageExport } from './export-input';
import { claimSentence } from './claim-wording';
import { matchLine, reasonText } from './status-summary';

const ratingNames: Record<ClaimStatus, string> = {
  contradicted: 'Contradicted by other sources',
  corroborated: 'Corroborated by other sources',
  discussed: 'Discussed by other sources',
  unmatched: 'No other sources found',
};

/** Kinds of source that are people rather than organisations, for schema.org's author type. */
const personKinds: ReadonlySet<SourceKind> = new Set(['journalist', 'witness']);

/** Choices for {@link toClaimReviews}. */
export interface ClaimReviewOptions {
  /** The organisation publishing the review; "Crosscheck" when not given. */
  reviewer?: string;
}

/**
 * schema.org ClaimReview JSON-LD for each claim that other sources agree with
 * or contradict: the claim and its speaker (itemReviewed Claim, appearing at
 * the page), a textual rating naming the status (no numeric truth score: the
 * status says who disagrees, not who is right), and the sources as citations.
 */
export function toClaimReviews({ page, reports, generatedAt }: PageExport, options: ClaimReviewOptions = {}): Array<Record<string, unknown>> {
  return reports
    .filter((report) => report.matches.some((match) => match.relation === 'agrees' || match.relation === 'contradicts'))
    .map((report) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: generatedAt.slice(0, 10),
      author: { '@type': 'Organization', name: options.reviewer ?? 'Crosscheck' },
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
      citation: report.matches.filter((match) => match.relation !== 'unrelated').map(citation),
    }));
}

function explanation(report: ClaimReport): string {
  return report.matches.filter((match) => match.relation !== 'unrelated').map(matchLine).join(' ');
}

function citation(match: ClaimMatch): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    text: match.text,
    author: party(match.speaker, match.speakerKind),
    ...(match.outlet ? { publisher: { '@type': 'Organization', name: match.outlet } } : {}),
    ...(match.publishedAt ? { datePublished: match.publishedAt } : {}),
    ...(match.url ? { url: match.url } : {}),
    description: [match.relation, ...match.reasons.map(reasonText)].join('; '),
  };
}

function party(name: string, kind: SourceKind): Record<string, unknown> {
  return { '@type': personKinds.has(kind) ? 'Person' : 'Organization', name };
}
