/** W3C selectors for claims in an article text, and the map between that text and the page's DOM. */
export { describeSpan, contextChars } from './describe-span';
export { anchorSelectors, maxFuzzyQuoteChars, minFuzzyQuoteChars, type AnchoredSpan, type AnchorOptions } from './anchor-selectors';
export { numbersIn, sameNumbers } from './numbers';
export { domSpanForText, offsetAtPoint, rangeForSpan, textSpanForRange, type DomSpan, type DomPoints, type TextSpan } from './text-map';
export { anchorInArticle, describeRange } from './article-anchor';
