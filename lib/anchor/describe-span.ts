import type { ClaimSelectors } from '../model/selectors';

/** Characters of context kept on each side of a quote, as Hypothesis does. */
export const contextChars = 32;

/**
 * W3C selectors for text[start, end): a TextQuoteSelector (the exact words with
 * 32 characters of prefix and suffix) and a TextPositionSelector. Throws a
 * RangeError for an empty or out-of-bounds span.
 */
export function describeSpan(text: string, start: number, end: number): ClaimSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`cannot describe span [${start}, ${end}) of a ${text.length}-character text`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextChars), start),
      suffix: text.slice(end, end + contextChars),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
