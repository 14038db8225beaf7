/** Crosscheck's page-side exports: Web Annotation JSON-LD (and its import), CSV and schema.org ClaimReview. */
export type { PageExport } from './export-input';
export { toWebAnnotations } from './web-annotation';
export { parseWebAnnotations, AnnotationImportError } from './import-annotations';
export { looksLikeWebAnnotations } from './looks-like';
export { toCsv, csvCell } from './csv';
export { toClaimReviews, type ClaimReviewOptions } from './claim-review';
export { exportFile, unnamedNewsroom, type ExportFile, type ExportFileFormat, type ExportOptions } from './export-file';
