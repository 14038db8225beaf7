import { toClaimReviews } from './claim-review';
import { toCsv } from './csv';
import type { PageExport } from './export-input';
import { toWebAnnotations } from './web-annotation';

/** The export formats the popup offers. */
export type ExportFileFormat = 'jsonld' | 'csv' | 'claimreview';

/** Choices for {@link exportFile}. */
export interface ExportOptions {
  /** The newsroom that signs a ClaimReview; {@link unnamedNewsroom} until the user names theirs. */
  reviewer?: string;
}

/**
 * The ClaimReview author when the user has not named their newsroom: a plain placeholder to
 * replace before publishing, because the tool that drafted the review is not its author.
 */
export const unnamedNewsroom = 'Newsroom (name not set)';

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/**
 * The page's claims as a downloadable file in one format, named after the page
 * and the export day: "crosscheck-<page>-<day>.jsonld", ".csv", "-claimreview.jsonld".
 */
export function exportFile(input: PageExport, format: ExportFileFormat, options: ExportOptions = {}): ExportFile {
  const stem = `crosscheck-${slug(input.page.title || input.page.url)}-${input.generatedAt.slice(0, 10)}`;
  switch (format) {
    case 'jsonld':
      return { filename: `${stem}.jsonld`, mimeType: 'application/ld+json', content: json(toWebAnnotations(input)) };
    case 'csv':
      return { filename: `${stem}.csv`, mimeType: 'text/csv;charset=utf-8', content: toCsv(input) };
    case 'claimreview':
      return { filename: `${stem}-claimreview.jsonld`, mimeType: 'application/ld+json', content: json(toClaimReviews(input, { reviewer: options.reviewer?.trim() || unnamedNewsroom })) };
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Lower-case words joined by hyphens, at most 60 characters: safe in every file system. */
function slug(text: string): string {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'page';
}
