import type { ExtractDocument } from './document';

const respondForms = /^(?:respond|responds|responded|responding|react|reacts|reacted|reacting|retaliated|retaliating)$/;
// What one may respond by and still be speaking: "responded by saying", "reacted by tweeting".
const speakingBy = new Set([
  'saying', 'telling', 'writing', 'noting', 'arguing', 'insisting', 'claiming', 'denying', 'tweeting', 'posting',
  'calling', 'asking', 'accusing', 'pointing', 'stating', 'declaring', 'announcing', 'questioning', 'suggesting',
  'warning', 'demanding', 'vowing', 'promising', 'issuing', 'releasing', 'blaming', 'dismissing', 'criticizing',
  'criticising', 'condemning', 'threatening', 'urging', 'rejecting', 'publishing', 'sending', 'repeating',
  'explaining', 'citing', 'quoting', 'describing', 'recounting', 'mocking', 'joking', 'listing', 'reading', 'admitting',
]);

/**
 * True when the cue `[first, last)` is a response by deed, not words: "the soldiers responded
 * by firing", "the crowd reacted by throwing stones". The deed is an event the article
 * reports, so it is no one's claim.
 */
export function isDeedResponse(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (!respondForms.test(doc.tokens[i].lower) || doc.tokens[i + 1]?.lower !== 'by') continue;
    const deed = doc.tokens[i + 2]?.lower ?? '';
    return deed.endsWith('ing') && !speakingBy.has(deed);
  }
  return false;
}
