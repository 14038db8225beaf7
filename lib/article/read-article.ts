import { isBoilerplateLine } from './boilerplate-line';
import { isBylineText } from './byline';
import { chooseContainers } from './choose-containers';
import { collectBlocks, type BlockElementInfo, type PageBlocks, type RawBlock } from './collect-blocks';
import { isDatelineOnly } from './dateline-only';
import { readPublishedAt, readTitle } from './page-meta';
import { normaliseBlock, type TextSegment } from './text-segments';

/** A paragraph of the article: its element and its place [start, end) in `ArticleText.text`. */
export interface ArticleBlock {
  node: Element;
  start: number;
  end: number;
}

/** The article body of a page as plain text, with the way back to the page's text nodes. */
export interface ArticleText {
  /** Paragraph texts, whitespace collapsed, joined by "\n\n". */
  text: string;
  title: string;
  /** YYYY-MM-DD from the page's metadata, or null. */
  publishedAt: string | null;
  blocks: ArticleBlock[];
  /** Maps every character of `text` except the block separators to a text node (see lib/anchor/text-map.ts). */
  segments: TextSegment[];
}

/** Paragraphs with more than this share of their text in links are link lists. */
const maxLinkDensity = 0.5;
const blockSeparator = '\n\n';

/**
 * Finds the article body of a live page without touching it: scores the block
 * elements by their paragraphs, keeps the paragraphs of the best container and
 * its strong siblings, and drops furniture inside them (captions, bylines,
 * datelines, share bars, related links, comments, bios). Linear in page size.
 */
export function readArticle(doc: Document): ArticleText {
  const root = doc.documentElement;
  const page = collectBlocks(root);
  const title = readTitle(page.landmarks);
  const containers = chooseContainers(page, root).map((element) => page.elements.get(element));
  const parts: string[] = [];
  const blocks: ArticleBlock[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  for (const block of page.blocks) {
    if (!isArticleBlock(block, page, containers)) continue;
    const base = blocks.length === 0 ? 0 : length + blockSeparator.length;
    const normalised = normaliseBlock(block.items, base);
    if (!isProse(normalised.text, title)) continue;
    if (blocks.length > 0) parts.push(blockSeparator);
    parts.push(normalised.text);
    length = base + normalised.text.length;
    blocks.push({ node: block.node, start: base, end: length });
    for (const segment of normalised.segments) segments.push(segment);
  }
  return { text: parts.join(''), title, publishedAt: readPublishedAt(page.landmarks), blocks, segments };
}

function isArticleBlock(
  block: RawBlock,
  page: PageBlocks,
  containers: Array<BlockElementInfo | undefined>,
): boolean {
  if (block.linkChars / block.chars > maxLinkDensity) return false;
  const node = page.elements.get(block.node);
  const container = containers.find((info) => info && node && inside(node, info, true));
  if (!container) return false;
  const furniture = block.furniture && page.elements.get(block.furniture);
  return !furniture || !inside(furniture, container, false);
}

/** Whether `inner` lies within `outer` in document order (or is it, when `orSame`). */
function inside(inner: BlockElementInfo, outer: BlockElementInfo, orSame: boolean): boolean {
  if (inner === outer) return orSame;
  return inner.pre > outer.pre && inner.post < outer.post;
}

/** Drops furniture recognised by its words, and the headline repeated as a line of loose text. */
function isProse(text: string, title: string): boolean {
  if (text.length === 0 || (text.length >= 15 && title.includes(text))) return false;
  return !isBylineText(text) && !isDatelineOnly(text) && !isBoilerplateLine(text);
}
