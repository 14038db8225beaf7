import { isHidden, nameVote } from './boilerplate-names';
import { blockTags, boilerplateTags, skippedTags } from './tags';

/** Elements in which one <br> breaks a line inside a paragraph rather than separating two. */
const lineBreakingTags = new Set(['blockquote', 'dd', 'li', 'p', 'pre']);
import { walkTree, type TreeVisitor } from './walk-tree';

/** A run of text that reads as one paragraph: the text nodes between two block boundaries. */
export interface RawBlock {
  /** The nearest block-level element around the run. */
  node: Element;
  /** Text nodes in order; null stands for a line break. */
  items: Array<Text | null>;
  /** Length of the run's text once whitespace is collapsed (close enough for scoring). */
  chars: number;
  /** The part of `chars` inside links. */
  linkChars: number;
  commas: number;
  /**
   * The innermost block-level ancestor (or the node itself) that looks like page
   * furniture; null when none. Outer ones never matter: if this one is outside
   * the article's container, so are they.
   */
  furniture: Element | null;
}

/** Where a block-level element sits in document order, its enclosing block, and its text totals. */
export interface BlockElementInfo {
  pre: number;
  post: number;
  parent: Element | null;
  chars: number;
  linkChars: number;
}

/** Elements met on the way that tell a page's title and date (gathered so no second pass is needed). */
export interface PageLandmarks {
  title: Element | null;
  firstHeading: Element | null;
  metas: Element[];
  jsonLd: Element[];
  times: Element[];
}

/** Every text run of a page, what is known of the block elements around them, and the page's landmarks. */
export interface PageBlocks {
  blocks: RawBlock[];
  elements: Map<Element, BlockElementInfo>;
  landmarks: PageLandmarks;
}

/** Most landmarks of one kind kept: enough for any real page, bounded for a hostile one. */
const maxLandmarks = 200;

/** Tag name in lower case for HTML elements (linkedom and browsers both give localName). */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/**
 * Splits the visible text under `root` into paragraph-like runs in one linear
 * pass, noting links, commas and furniture (nav, comments, captions…) around each.
 */
export function collectBlocks(root: Element): PageBlocks {
  const collector = new BlockCollector();
  walkTree(root, collector);
  return { blocks: collector.blocks, elements: collector.elements, landmarks: collector.landmarks };
}

const landmarkTags = new Set(['h1', 'meta', 'script', 'time', 'title']);

const blockFlag = 1;
const furnitureFlag = 2;
const linkFlag = 4;

class BlockCollector implements TreeVisitor {
  readonly blocks: RawBlock[] = [];
  readonly elements = new Map<Element, BlockElementInfo>();
  readonly landmarks: PageLandmarks = { title: null, firstHeading: null, metas: [], jsonLd: [], times: [] };
  private readonly blockStack: Element[] = [];
  private readonly furnitureStack: Element[] = [];
  /** One bit set per entered element: whether it opened a block, pushed furniture, opened a link. */
  private readonly frames: number[] = [];
  private readonly votes = new Map<string, -1 | 0 | 1>();
  private run: RawBlock | null = null;
  private order = 0;
  private linkDepth = 0;
  private breakPending = false;

  enter(element: Element): boolean {
    const tag = tagOf(element);
    if (landmarkTags.has(tag)) this.noteLandmark(tag, element);
    if (skippedTags.has(tag)) return false;
    if (tag === 'br') return this.lineBreak();
    const named = element.hasAttributes();
    if (named && isHidden(element)) return false;
    const block = blockTags.has(tag);
    const vote = named ? nameVote(element, this.votes) : 0;
    if (!block && vote === -1 && tag !== 'a') return false;
    const furniture = block && (boilerplateTags.has(tag) || vote === -1);
    const link = tag === 'a' && named && element.hasAttribute('href');
    if (block) this.openBlock(element);
    if (furniture) this.furnitureStack.push(element);
    if (link) this.linkDepth += 1;
    this.frames.push((block ? blockFlag : 0) | (furniture ? furnitureFlag : 0) | (link ? linkFlag : 0));
    return true;
  }

  exit(element: Element): void {
    const frame = this.frames.pop();
    if (frame === undefined) return;
    if (frame & linkFlag) this.linkDepth -= 1;
    if (frame & furnitureFlag) this.furnitureStack.pop();
    if (frame & blockFlag) this.closeBlock(element);
  }

  text(node: Text): void {
    const stats = measureText(node.data);
    if (stats.chars === 0 && !this.run) return;
    if (stats.chars > 0) this.breakPending = false;
    const run = this.run ?? this.startRun();
    run.items.push(node);
    run.chars += stats.chars;
    run.commas += stats.commas;
    if (this.linkDepth > 0) run.linkChars += stats.chars;
  }

  private noteLandmark(tag: string, element: Element): void {
    const marks = this.landmarks;
    if (tag === 'title') marks.title ??= element;
    else if (tag === 'h1') marks.firstHeading ??= element;
    else if (tag === 'meta' && marks.metas.length < maxLandmarks) marks.metas.push(element);
    else if (tag === 'time' && marks.times.length < maxLandmarks && element.hasAttribute('datetime')) marks.times.push(element);
    else if (tag === 'script' && marks.jsonLd.length < maxLandmarks && element.getAttribute('type') === 'application/ld+json') {
      marks.jsonLd.push(element);
    }
  }

  /**
   * Two line breaks in a row end a paragraph, as old CMS pages write them; in loose
   * text outside a <p> one break already separates lines such as a headline and its date.
   */
  private lineBreak(): false {
    const inParagraph = this.run !== null && lineBreakingTags.has(tagOf(this.run.node));
    if (this.breakPending || (this.run && !inParagraph)) this.flushRun();
    else if (this.run) {
      this.run.items.push(null);
      this.breakPending = true;
    }
    return false;
  }

  private openBlock(element: Element): void {
    this.flushRun();
    const parent = this.blockStack.at(-1) ?? null;
    this.elements.set(element, { pre: this.order++, post: -1, parent, chars: 0, linkChars: 0 });
    this.blockStack.push(element);
  }

  private closeBlock(element: Element): void {
    this.flushRun();
    this.blockStack.pop();
    const info = this.elements.get(element);
    if (!info) return;
    info.post = this.order++;
    const parentInfo = info.parent ? this.elements.get(info.parent) : undefined;
    if (parentInfo) {
      parentInfo.chars += info.chars;
      parentInfo.linkChars += info.linkChars;
    }
  }

  private startRun(): RawBlock {
    const node = this.blockStack.at(-1) as Element;
    const furniture = this.furnitureStack.at(-1) ?? null;
    this.run = { node, items: [], chars: 0, linkChars: 0, commas: 0, furniture };
    return this.run;
  }

  private flushRun(): void {
    const run = this.run;
    this.run = null;
    this.breakPending = false;
    if (!run || run.chars === 0) return;
    this.blocks.push(run);
    const info = this.elements.get(run.node);
    if (info) {
      info.chars += run.chars;
      info.linkChars += run.linkChars;
    }
  }
}

/** Collapsed length (whitespace runs count one) and comma count of a text node's data. */
function measureText(data: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  let inSpace = true;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inSpace) chars += 1;
      inSpace = true;
    } else {
      chars += 1;
      inSpace = false;
      if (code === 44) commas += 1;
    }
  }
  return { chars, commas };
}

/** Whitespace as HTML collapses it, plus the no-break and other Unicode spaces news sites use. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return true;
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
