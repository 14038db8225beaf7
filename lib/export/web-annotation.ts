import type { Span } from '../model/span';
import type { ClaimMatch, ClaimReport } from '../model/page-claim';
import type { Reason } from '../model/stance';
import type { PageExport } from './export-input';
import { claimIri, crosscheckNamespace, exportContext } from './vocabulary';
import { statusSummary } from './status-summary';

/**
 * The page's claims as a W3C Web Annotation collection (JSON-LD): one
 * "assessing" annotation per claim, targeting the page by TextQuoteSelector and
 * TextPositionSelector, with a plain-text summary body and a crosscheck body
 * holding the speaker, the status and every other source with its words,
 * outlet, date, link, relation and reasons. `parseWebAnnotations` reads it back.
 */
export function toWebAnnotations({ page, reports, generatedAt }: PageExport): Record<string, unknown> {
  return {
    '@context': exportContext,
    id: `${crosscheckNamespace}export/${encodeURIComponent(page.url)}/${encodeURIComponent(generatedAt)}`,
    type: 'AnnotationCollection',
    label: `Crosscheck claims on ${page.title || page.url}`,
    generator: { id: crosscheckNamespace, type: 'Software', name: 'Crosscheck' },
    generated: generatedAt,
    'crosscheck:page': {
      'crosscheck:url': page.url,
      'crosscheck:title': page.title,
      'crosscheck:publishedAt': page.publishedAt,
      ...(page.siteName !== undefined ? { 'crosscheck:siteName': page.siteName } : {}),
    },
    total: reports.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: reports.map((report) => annotationOf(report, page.url, generatedAt)) },
  };
}

function annotationOf(report: ClaimReport, url: string, generatedAt: string): Record<string, unknown> {
  const { claim } = report;
  const { attribution } = claim;
  return {
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: generatedAt,
    body: [
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: statusSummary(report) },
      {
        type: 'crosscheck:ClaimAssessment',
        'crosscheck:claimId': claim.id,
        'crosscheck:status': report.status,
        'crosscheck:speaker': attribution.speaker,
        'crosscheck:speakerKind': attribution.speakerKind,
        'crosscheck:hedges': attribution.hedges,
        'crosscheck:via': attribution.via,
        'crosscheck:sourceSpan': attribution.source && spanOf(attribution.source),
        'crosscheck:cueSpan': spanOf(attribution.cue),
        'crosscheck:contentSpan': spanOf(attribution.content),
        'crosscheck:matches': report.matches.map(matchOf),
      },
    ],
    target: { source: url, selector: [claim.selectors.quote, claim.selectors.position] },
  };
}

function spanOf(span: Span): Record<string, unknown> {
  return { 'crosscheck:text': span.text, 'crosscheck:start': span.start, 'crosscheck:end': span.end };
}

function matchOf(match: ClaimMatch): Record<string, unknown> {
  return {
    'crosscheck:otherId': match.otherId,
    'crosscheck:text': match.text,
    'crosscheck:speaker': match.speaker,
    'crosscheck:speakerKind': match.speakerKind,
    'crosscheck:outlet': match.outlet,
    'crosscheck:url': match.url,
    'crosscheck:publishedAt': match.publishedAt,
    'crosscheck:incidentTitle': match.incidentTitle,
    'crosscheck:relation': match.relation,
    'crosscheck:score': match.score,
    'crosscheck:reasons': match.reasons.map(reasonOf),
    'crosscheck:corrected': match.corrected,
  };
}

function reasonOf(reason: Reason): Record<string, unknown> {
  return {
    'crosscheck:kind': reason.kind,
    'crosscheck:claimSide': reason.claimSide,
    'crosscheck:evidenceSide': reason.evidenceSide,
    'crosscheck:note': reason.note,
    ...(reason.similarity === undefined ? {} : { 'crosscheck:similarity': reason.similarity }),
  };
}
