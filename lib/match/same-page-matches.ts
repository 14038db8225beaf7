import type { PageInfo } from '../model/page';
import type { ClaimMatch, PageClaim } from '../model/page-claim';
import { compareStance } from '../stance';
import { overlappingTexts } from './shared-words';

/** Two claims of one page are compared only when they share this many distinctive words. */
const minSharedWords = 2;

/** The id a claim from the same page goes by among another claim's matches. */
export function samePageId(claim: PageClaim): string {
  return `page:${claim.id}`;
}

/**
 * For each claim, how the page's other speakers' claims relate to it: a page
 * that quotes four parties often contradicts itself, and that is worth showing.
 * Claims by the same speaker are one voice and are not compared; pairs without
 * shared distinctive words are skipped unread.
 */
export function samePageMatches(claims: readonly PageClaim[], page: PageInfo): ClaimMatch[][] {
  const overlaps = overlappingTexts(claims.map((claim) => claim.attribution.content.text), minSharedWords);
  return claims.map((claim, index) =>
    overlaps[index]
      .map((otherIndex) => claims[otherIndex])
      .filter((other) => claim.attribution.speaker === null || other.attribution.speaker !== claim.attribution.speaker)
      .flatMap((other) => compareOnPage(claim, other, page)),
  );
}

function compareOnPage(claim: PageClaim, other: PageClaim, page: PageInfo): ClaimMatch[] {
  const stance = compareStance(claim.attribution.content.text, other.attribution.content.text);
  if (stance.relation === 'unrelated') return [];
  return [
    {
      otherId: samePageId(other),
      text: other.attribution.content.text,
      speaker: other.attribution.speaker ?? other.attribution.source?.text ?? 'Unnamed source',
      speakerKind: other.attribution.speakerKind,
      outlet: page.siteName ?? 'This page',
      url: page.url,
      publishedAt: page.publishedAt,
      incidentTitle: null,
      relation: stance.relation,
      score: stance.score,
      reasons: stance.reasons,
      corrected: false,
    },
  ];
}
