import { readFacts } from '../facts';
import type { PageInfo } from '../model/page';
import type { ClaimMatch, PageClaim } from '../model/page-claim';
import { compareStance } from '../stance';
import { claimWords } from './claim-words';
import { comparableFacts } from './comparable-facts';
import { isIndependent } from './independent-claims';
import { overlappingSets, overlappingTexts } from './shared-words';

/** Two claims of one page are compared only when they share this many distinctive words, or a fact to compare. */
const minSharedWords = 2;

/** The id a claim from the same page goes by among another claim's matches. */
export function samePageId(claim: PageClaim): string {
  return `page:${claim.id}`;
}

/** For each claim, the other claims worth comparing with it: shared words or a shared fact slot. */
function pairsOnPage(claims: readonly PageClaim[], page: PageInfo): number[][] {
  const texts = claims.map((claim) => claimWords(claim.attribution));
  const byWords = overlappingTexts(texts, minSharedWords);
  const byFacts = overlappingSets(texts.map((text) => comparableFacts(readFacts(text, { reference: page.publishedAt }))), 1);
  return byWords.map((others, index) => [...new Set([...others, ...byFacts[index]])]);
}

/**
 * For each claim, which of the page's other speakers' claims agree with it or contradict
 * it: a page that quotes four parties often contradicts itself, and that is worth showing.
 * Only independent voices are compared (see isIndependent): not the same party under
 * another name, not a claim nested in the other, not the page echoing itself. Pairs with
 * neither shared distinctive words nor a toll or victim on both sides are skipped unread.
 */
export function samePageMatches(claims: readonly PageClaim[], page: PageInfo): ClaimMatch[][] {
  const pairs = pairsOnPage(claims, page);
  return claims.map((claim, index) =>
    pairs[index]
      .map((otherIndex) => claims[otherIndex])
      .filter((other) => isIndependent(claim, other))
      .flatMap((other) => compareOnPage(claim, other, page)),
  );
}

function compareOnPage(claim: PageClaim, other: PageClaim, page: PageInfo): ClaimMatch[] {
  const dates = { claimDate: page.publishedAt, evidenceDate: page.publishedAt };
  const stance = compareStance(claimWords(claim.attribution), claimWords(other.attribution), dates);
  // Every claim of a report discusses the report's story: only agreement and contradiction tell the reader something.
  if (stance.relation === 'unrelated' || stance.relation === 'discusses') return [];
  return [
    {
      otherId: samePageId(other),
      text: claimWords(other.attribution),
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
