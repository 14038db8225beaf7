import type { ArticleText } from '../article/read-article';
import type { ClaimSelectors } from '../model/selectors';
import { anchorSelectors, type AnchorOptions } from './anchor-selectors';
import { describeSpan } from './describe-span';
import { domSpanForText, textSpanForRange, type DomPoints, type DomSpan } from './text-map';

/**
 * Where selectors point in a page read by `readArticle`: the DOM stretch to
 * highlight, or null when the quote is not found there (see anchorSelectors).
 */
export function anchorInArticle(article: ArticleText, selectors: ClaimSelectors, options?: AnchorOptions): DomSpan | null {
  const span = anchorSelectors(article.text, selectors, options);
  return span && domSpanForText(article, span.start, span.end);
}

/** W3C selectors for a DOM range within the article (a reader's selection); null outside it. */
export function describeRange(article: ArticleText, range: DomPoints): ClaimSelectors | null {
  const span = textSpanForRange(article, range);
  return span && describeSpan(article.text, span.start, span.end);
}
