import { describeSpan } from '../anchor';
import type { Attribution } from '../model/attribution';
import { pageClaimId } from '../model/ids';
import type { PageClaim } from '../model/page-claim';

/**
 * The page's claims from the attributions found in its article text: each with
 * a stable id (page address + words) and W3C selectors for its content. Words a
 * speaker says twice on the page (a standfirst, a pull quote) are kept once, at
 * their first place; the same words from another speaker are a claim of their own,
 * whose id also holds the speaker.
 */
export function collectPageClaims(url: string, articleText: string, attributions: readonly Attribution[]): PageClaim[] {
  const claims = new Map<string, PageClaim>();
  for (const attribution of attributions) {
    const { start, end } = attribution.content;
    if (end <= start) continue;
    const first = claims.get(pageClaimId(url, attribution.content.text));
    if (first && first.attribution.speaker === attribution.speaker) continue;
    const id = pageClaimId(url, first ? `${attribution.content.text} (${attribution.speaker ?? 'unnamed'})` : attribution.content.text);
    if (claims.has(id)) continue;
    claims.set(id, { id, attribution, selectors: describeSpan(articleText, start, end) });
  }
  return [...claims.values()];
}
