/**
 * A short, stable id from text parts: two 32-bit FNV-1a-style hashes with
 * different bases and multipliers, 64 bits in all (one 32-bit hash alone would
 * collide within a newsroom's hundred thousand claims). Stable across runs and machines, so saving the
 * same claim twice finds the same row.
 */
export function stableId(prefix: string, ...parts: string[]): string {
  const text = parts.join('\u0000');
  return `${prefix}-${fnv1a(text, 0x811c9dc5, 0x01000193)}${fnv1a(text, 0x9747b28c, 0x5bd1e995)}`;
}

function fnv1a(text: string, offsetBasis: number, multiplier: number): string {
  let hash = offsetBasis;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, multiplier);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The page address that identifies an article: without its fragment, which only scrolls. */
export function canonicalPageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Collapses white space and typographic quotes so the same words give the same id. */
export function normalizeClaimText(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The id of a claim read from a page: the same on every visit, and the id it keeps once saved. */
export function pageClaimId(url: string, contentText: string): string {
  return stableId('claim', canonicalPageUrl(url), normalizeClaimText(contentText));
}
