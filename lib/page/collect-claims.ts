import { describeSpan } from '../anchor';
import type { Attribution } from '../model/attribution';
import { pageClaimId } from '../model/ids';
import type { PageClaim } from '../model/page-claim';

/**
 * The page's claims from the attributions found in its article text: each with
 * a stable id (page address + words) and W3C selectors for its content. A claim
 * whose words appear twice on the page is kept once, at its first place.
 */
export function collectPageClaims(url: string, articleText: string, attributions: readonly Attribution[]): PageClaim[] {
  const claims = new Map<string, PageClaim>();
  for (const attribution of attributions) {
    const { start, end } = attribution.content;
    if (end <= start) continue;
    const id = pageClaimId(url, attribution.content.text);
    if (claims.has(id)) continue;
    claims.set(id, { id, attribution, selectors: describeSpan(articleText, start, end) });
  }
  return [...claims.values()];
}
