import type { z } from 'zod';
import { pageInfoSchema, type PageInfo } from '../model/page';
import { claimReportSchema, type ClaimReport } from '../model/page-claim';
import type { Span } from '../model/span';
import {
  annotationSchema,
  assessmentBodySchema,
  collectionSchema,
  type AssessmentBody,
  type ExportedAnnotation,
  type ExportedMatch,
  type ExportedSpan,
} from './annotation-schema';
import type { PageExport } from './export-input';
import { looksLikeWebAnnotations } from './looks-like';

/** Problems listed in one error before the rest are only counted. */
const maxListedProblems = 10;

/** A Web Annotation file that cannot be read back; `problems` says where, one line each. */
export class AnnotationImportError extends Error {
  constructor(readonly problems: string[]) {
    const listed = problems.slice(0, maxListedProblems);
    const more = problems.length > listed.length ? `\n…and ${problems.length - listed.length} more` : '';
    super(`cannot import these annotations:\n${listed.join('\n')}${more}`);
    this.name = 'AnnotationImportError';
  }
}

/**
 * Reads back a Web Annotation collection written by `toWebAnnotations` (as JSON
 * text or parsed), giving the same page, reports and time. Throws an
 * AnnotationImportError naming each bad annotation and field.
 */
export function parseWebAnnotations(input: unknown): PageExport {
  const value = typeof input === 'string' ? parseJson(input) : input;
  if (!looksLikeWebAnnotations(value)) {
    throw new AnnotationImportError(['not a Web Annotation collection: expected "type": "AnnotationCollection"']);
  }
  const collection = collectionSchema.safeParse(value);
  if (!collection.success) throw new AnnotationImportError(issueLines('collection', collection.error));
  const page = pageOf(collection.data['crosscheck:page']);
  const problems: string[] = [];
  const reports: ClaimReport[] = [];
  collection.data.first.items.forEach((item, index) => {
    const read = reportOf(item, page.url);
    if (Array.isArray(read)) problems.push(...annotationProblems(index, item, read));
    else reports.push(read);
  });
  if (problems.length > 0) throw new AnnotationImportError(problems);
  return { page, reports, generatedAt: collection.data.generated };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AnnotationImportError([`not JSON: ${(error as Error).message}`]);
  }
}

function pageOf(exported: z.infer<typeof collectionSchema>['crosscheck:page']): PageInfo {
  const page = pageInfoSchema.safeParse({
    url: exported['crosscheck:url'],
    title: exported['crosscheck:title'],
    publishedAt: exported['crosscheck:publishedAt'],
    ...('crosscheck:siteName' in exported ? { siteName: exported['crosscheck:siteName'] } : {}),
  });
  if (!page.success) throw new AnnotationImportError(issueLines('collection crosscheck:page', page.error));
  return page.data;
}

/** A claim report from one annotation, or the problems found in it. */
function reportOf(item: unknown, pageUrl: string): ClaimReport | string[] {
  const annotation = annotationSchema.safeParse(item);
  if (!annotation.success) return issueLines('', annotation.error);
  const index = annotation.data.body.findIndex((body) => body.type === 'crosscheck:ClaimAssessment');
  if (index === -1) return ['body: no crosscheck:ClaimAssessment body'];
  const body = assessmentBodySchema.safeParse(annotation.data.body[index]);
  if (!body.success) return issueLines(`body[${index}]`, body.error);
  if (annotation.data.target.source !== pageUrl) return [`target.source: "${annotation.data.target.source}" is not the page's url`];
  const report = claimReportSchema.safeParse(assembleReport(body.data, annotation.data));
  return report.success ? report.data : issueLines('as a claim report', report.error);
}

function assembleReport(body: AssessmentBody, annotation: ExportedAnnotation): unknown {
  const selectors = annotation.target.selector;
  return {
    claim: {
      id: body['crosscheck:claimId'],
      attribution: {
        source: body['crosscheck:sourceSpan'] && spanOf(body['crosscheck:sourceSpan']),
        cue: spanOf(body['crosscheck:cueSpan']),
        content: spanOf(body['crosscheck:contentSpan']),
        speaker: body['crosscheck:speaker'],
        speakerKind: body['crosscheck:speakerKind'],
        hedges: body['crosscheck:hedges'],
        via: body['crosscheck:via'],
      },
      selectors: {
        quote: selectors.find((selector) => selector.type === 'TextQuoteSelector'),
        position: selectors.find((selector) => selector.type === 'TextPositionSelector'),
      },
    },
    status: body['crosscheck:status'],
    matches: body['crosscheck:matches'].map(matchOf),
  };
}

function spanOf(span: ExportedSpan): Span {
  return { text: span['crosscheck:text'], start: span['crosscheck:start'], end: span['crosscheck:end'] };
}

function matchOf(match: ExportedMatch): ClaimReport['matches'][number] {
  return {
    otherId: match['crosscheck:otherId'],
    text: match['crosscheck:text'],
    speaker: match['crosscheck:speaker'],
    speakerKind: match['crosscheck:speakerKind'],
    outlet: match['crosscheck:outlet'],
    url: match['crosscheck:url'],
    publishedAt: match['crosscheck:publishedAt'],
    incidentTitle: match['crosscheck:incidentTitle'],
    relation: match['crosscheck:relation'],
    score: match['crosscheck:score'],
    reasons: match['crosscheck:reasons'].map((reason) => ({
      kind: reason['crosscheck:kind'],
      claimSide: reason['crosscheck:claimSide'],
      evidenceSide: reason['crosscheck:evidenceSide'],
      note: reason['crosscheck:note'],
      ...(reason['crosscheck:similarity'] === undefined ? {} : { similarity: reason['crosscheck:similarity'] }),
    })),
    corrected: match['crosscheck:corrected'],
  };
}

/** "annotation 3 (…/claim/c-1): body[1].crosscheck:status: Invalid option…" for each problem. */
function annotationProblems(index: number, item: unknown, problems: string[]): string[] {
  const id = item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? ` (${(item as { id: string }).id})` : '';
  return problems.map((problem) => `annotation ${index + 1}${id}: ${problem}`);
}

function issueLines(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    const field = `${where}${path}`.replace(/^\./, '');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
}
