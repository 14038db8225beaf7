/**
 * True when parsed JSON claims to be a Web Annotation collection (so an import
 * should be read by `parseWebAnnotations`, which then checks it in full), rather
 * than a dataset or anything else.
 */
export function looksLikeWebAnnotations(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'AnnotationCollection';
}
