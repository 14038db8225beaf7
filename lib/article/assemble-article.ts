import { isBoilerplateLine } from './boilerplate-line';
import { isBylineText } from './byline';
import { chooseContainers } from './choose-containers';
import type { BlockElementInfo, PageBlocks, RawBlock } from './page-blocks';
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
 * Builds the article from a page's collected blocks: keeps the paragraphs of the
 * best container and its strong siblings, and drops furniture inside them
 * (captions, bylines, datelines, share bars, related links, comments, bios).
 * Takes the blocks one at a time so that a caller may pause between them.
 */
export class ArticleAssembler {
  private readonly title: string;
  private readonly containers: BlockElementInfo[];
  private readonly parts: string[] = [];
  private readonly blocks: ArticleBlock[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;

  constructor(
    private readonly page: PageBlocks,
    root: Element,
  ) {
    this.title = readTitle(page.landmarks);
    this.containers = chooseContainers(page, root);
  }

  /** Adds `page.blocks[index]` to the text if it is article prose. */
  addBlock(index: number): void {
    const block = this.page.blocks[index];
    if (!isArticleBlock(block, this.containers)) return;
    const base = this.blocks.length === 0 ? 0 : this.length + blockSeparator.length;
    const normalised = normaliseBlock(block.items, base);
    if (!isProse(normalised.text, this.title)) return;
    if (this.blocks.length > 0) this.parts.push(blockSeparator);
    this.parts.push(normalised.text);
    this.length = base + normalised.text.length;
    this.blocks.push({ node: block.node, start: base, end: this.length });
    for (const segment of normalised.segments) this.segments.push(segment);
  }

  /** The article once every block has been offered. */
  result(): ArticleText {
    const publishedAt = readPublishedAt(this.page.landmarks);
    return { text: this.parts.join(''), title: this.title, publishedAt, blocks: this.blocks, segments: this.segments };
  }
}

function isArticleBlock(block: RawBlock, containers: BlockElementInfo[]): boolean {
  if (block.linkChars / block.chars > maxLinkDensity) return false;
  const container = containers.find((info) => inside(block.place, info, true));
  return !!container && (!block.furniture || !inside(block.furniture, container, false));
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
