/** The W3C Web Annotation JSON-LD context. */
export const annotationContextUrl = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Crosscheck's own terms for what the Web Annotation vocabulary has no word for
 * (status, relation, reasons, spans). The .invalid host says plainly that the
 * namespace names terms and resolves to nothing.
 */
export const crosscheckNamespace = 'https://crosscheck.invalid/ns#';

/** The context every export carries: the W3C one plus the crosscheck prefix, with ordered lists kept ordered. */
export const exportContext = [
  annotationContextUrl,
  {
    crosscheck: crosscheckNamespace,
    'crosscheck:matches': { '@container': '@list' },
    'crosscheck:reasons': { '@container': '@list' },
    'crosscheck:hedges': { '@container': '@list' },
  },
] as const;

/** The IRI naming one page claim inside the namespace. */
export function claimIri(claimId: string): string {
  return `${crosscheckNamespace}claim/${encodeURIComponent(claimId)}`;
}
