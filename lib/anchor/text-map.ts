import type { ArticleText } from '../article/read-article';
import { mappedBelow, nodeOffsetOf, type TextSegment } from '../article/text-segments';
import { ELEMENT_NODE, TEXT_NODE } from '../article/walk-tree';

/** Both ends of a stretch of page text, shaped like StaticRangeInit so a content script can build a range. */
export interface DomSpan {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Any range-like value: a Range, a StaticRange or a DomSpan. */
export interface DomPoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Offsets [start, end) in `ArticleText.text`. */
export interface TextSpan {
  start: number;
  end: number;
}

const segmentsByNode = new WeakMap<ArticleText, Map<Node, TextSegment>>();

/**
 * The DOM stretch holding article text [start, end), trimmed to characters that
 * come from the page (not block separators); null when none does.
 */
export function domSpanForText(article: ArticleText, start: number, end: number): DomSpan | null {
  const segments = article.segments;
  const first = mappedAtOrAfter(segments, Math.max(0, start));
  const last = mappedBefore(segments, end);
  if (!first || !last || first.index >= end || last.index < start || first.index > last.index) return null;
  return {
    startContainer: first.segment.node,
    startOffset: nodeOffsetOf(first.segment, first.index),
    endContainer: last.segment.node,
    endOffset: nodeOffsetOf(last.segment, last.index) + 1,
  };
}

/**
 * A live Range over article text [start, end) for highlights, scrolling and
 * selection; null as {@link domSpanForText}, and null when the page has since
 * shortened one of the text nodes, where the offsets would no longer fit.
 */
export function rangeForSpan(article: ArticleText, start: number, end: number): Range | null {
  const span = domSpanForText(article, start, end);
  const doc = span?.startContainer.ownerDocument;
  if (!span || !doc) return null;
  if (span.startOffset > span.startContainer.data.length || span.endOffset > span.endContainer.data.length) return null;
  const range = doc.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/**
 * The article-text offset of a DOM position (a caret, a range boundary): on the
 * `start` side the next mapped character, on the `end` side just after the last
 * one before it. Null when the position lies outside the article.
 */
export function offsetAtPoint(
  article: ArticleText,
  node: Node,
  offset: number,
  side: 'start' | 'end' = 'start',
): number | null {
  const byNode = nodeIndex(article);
  const resolved = node.nodeType === ELEMENT_NODE ? textPointInElement(byNode, node, offset, side) : { node, offset };
  const segment = resolved && byNode.get(resolved.node);
  if (!resolved || !segment) return null;
  return segment.start + mappedBelow(segment, resolved.offset);
}

/** The article-text span a range covers (a user's selection); null when outside the article or empty. */
export function textSpanForRange(article: ArticleText, range: DomPoints): TextSpan | null {
  const start = offsetAtPoint(article, range.startContainer, range.startOffset, 'start');
  const end = offsetAtPoint(article, range.endContainer, range.endOffset, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

function nodeIndex(article: ArticleText): Map<Node, TextSegment> {
  let byNode = segmentsByNode.get(article);
  if (!byNode) {
    byNode = new Map(article.segments.map((segment) => [segment.node, segment]));
    segmentsByNode.set(article, byNode);
  }
  return byNode;
}

interface MappedChar {
  segment: TextSegment;
  index: number;
}

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentAt(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle].start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function mappedAtOrAfter(segments: TextSegment[], offset: number): MappedChar | null {
  const at = segmentAt(segments, offset);
  const segment = segments[at];
  if (segment && offset < segment.start + segment.length) return { segment, index: offset };
  const next = segments[at + 1];
  return next ? { segment: next, index: next.start } : null;
}

function mappedBefore(segments: TextSegment[], end: number): MappedChar | null {
  const segment = segments[segmentAt(segments, end - 1)];
  if (!segment) return null;
  return { segment, index: Math.min(end - 1, segment.start + segment.length - 1) };
}

/** A boundary between an element's children, moved into the nearest mapped text node on the inner side. */
function textPointInElement(
  byNode: Map<Node, TextSegment>,
  element: Node,
  offset: number,
  side: 'start' | 'end',
): { node: Node; offset: number } | null {
  let node: Node | null = side === 'start' ? element.childNodes[offset] : element.childNodes[offset - 1];
  while (node && !byNode.has(node)) {
    if (node.nodeType === TEXT_NODE) return null;
    node = side === 'start' ? node.firstChild : node.lastChild;
  }
  if (!node) return null;
  return { node, offset: side === 'start' ? 0 : (node as Text).data.length };
}
