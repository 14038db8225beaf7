import type { ArticleText } from '../../lib/article/read-article';
import { rangeForSpan } from '../../lib/anchor/text-map';
import type { ClaimReport } from '../../lib/model/page-claim';
import type { PaintedClaim } from './highlights';
import { mapInSlices } from './page-turns';

/** A claim report with the live ranges it is painted on. */
export interface ShownClaim extends PaintedClaim {
  report: ClaimReport;
}

/**
 * The ranges of each report's content, source and cue in the live page, built
 * in slices that let the page run in between. A report whose words are no
 * longer where it says (the page changed since it was read) is left out rather
 * than painted over other text.
 */
export async function claimRanges(article: ArticleText, reports: readonly ClaimReport[]): Promise<ShownClaim[]> {
  const shown = await mapInSlices(reports, (report) => claimRange(article, report));
  return shown.filter((entry): entry is ShownClaim => entry !== null);
}

function claimRange(article: ArticleText, report: ClaimReport): ShownClaim | null {
  const { content, source, cue } = report.claim.attribution;
  if (article.text.slice(content.start, content.end) !== content.text) return null;
  const range = rangeForSpan(article, content.start, content.end);
  if (!range) return null;
  const speakerParts = [source, cue].flatMap((span) => (span ? [rangeForSpan(article, span.start, span.end)] : []));
  return { report, status: report.status, content: range, speakerParts: speakerParts.filter((part): part is Range => part !== null) };
}

/** The index of the shown claim whose content holds the article offset, or null. */
export function claimAtOffset(shown: readonly ShownClaim[], offset: number): number | null {
  const index = shown.findIndex(({ report }) => {
    const { content } = report.claim.attribution;
    return offset >= content.start && offset < content.end;
  });
  return index === -1 ? null : index;
}
