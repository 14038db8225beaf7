import { isHidden, isPullQuote, nameVote } from './boilerplate-names';
import { isEmbeddedPost } from './embedded-post';
import { blockTags, boilerplateTags, skippedTags } from './tags';
import { walkTree, type TreeVisitor } from './walk-tree';
import { measureText } from './whitespace';
import type { BlockElementInfo, PageBlocks, PageLandmarks, RawBlock } from './page-blocks';

/** Elements in which one <br> breaks a line inside a paragraph rather than separating two. */
const lineBreakingTags = new Set(['blockquote', 'dd', 'li', 'p', 'pre']);

/** Most landmarks of one kind kept: enough for any real page, bounded for a hostile one. */
const maxLandmarks = 200;

/** Tag name in lower case for HTML elements (linkedom and browsers both give localName). */
function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/**
 * Splits the visible text under `root` into paragraph-like runs in one linear
 * pass, noting links, commas and furniture (nav, comments, captions…) around each.
 */
export function collectBlocks(root: Element): PageBlocks {
  const collector = new BlockCollector();
  walkTree(root, collector);
  return collector.result();
}

const landmarkTags = new Set(['h1', 'meta', 'script', 'time', 'title']);

const blockFlag = 1;
const furnitureFlag = 2;
const linkFlag = 4;

/** Gathers {@link PageBlocks} from the nodes a tree walk visits, however many slices the walk takes. */
export class BlockCollector implements TreeVisitor {
  readonly blocks: RawBlock[] = [];
  readonly elements: BlockElementInfo[] = [];
  readonly landmarks: PageLandmarks = { title: null, firstHeading: null, metas: [], jsonLd: [], times: [] };
  private readonly blockStack: BlockElementInfo[] = [];
  private readonly furnitureStack: BlockElementInfo[] = [];
  /** One bit set per entered element: whether it opened a block, pushed furniture, opened a link. */
  private readonly frames: number[] = [];
  private readonly votes = new Map<string, -1 | 0 | 1>();
  private run: RawBlock | null = null;
  private order = 0;
  private linkDepth = 0;
  private breakPending = false;

  /** What the walk found; call once it has ended. */
  result(): PageBlocks {
    return { blocks: this.blocks, elements: this.elements, landmarks: this.landmarks };
  }

  enter(element: Element): boolean {
    const tag = tagOf(element);
    if (landmarkTags.has(tag)) this.noteLandmark(tag, element);
    if (skippedTags.has(tag)) return false;
    if (tag === 'br') return this.lineBreak();
    const named = element.hasAttributes();
    if (named && isHidden(element)) return false;
    const block = blockTags.has(tag);
    let vote = named ? nameVote(element, this.votes) : 0;
    // Checked only outside other furniture, so each part of the page is read for a signature at most once.
    if (vote === -1 && block && this.furnitureStack.length === 0 && isEmbeddedPost(element)) vote = 0;
    else if (vote !== -1 && block && named && isPullQuote(element)) vote = -1;
    if (!block && vote === -1 && tag !== 'a') return false;
    const furniture = block && (boilerplateTags.has(tag) || vote === -1);
    const link = tag === 'a' && named && element.hasAttribute('href');
    if (block) this.openBlock(element, tag, vote);
    if (furniture) this.furnitureStack.push(this.blockStack[this.blockStack.length - 1]);
    if (link) this.linkDepth += 1;
    this.frames.push((block ? blockFlag : 0) | (furniture ? furnitureFlag : 0) | (link ? linkFlag : 0));
    return true;
  }

  exit(): void {
    const frame = this.frames.pop();
    if (frame === undefined) return;
    if (frame & linkFlag) this.linkDepth -= 1;
    if (frame & furnitureFlag) this.furnitureStack.pop();
    if (frame & blockFlag) this.closeBlock();
  }

  text(node: Text): void {
    // Text outside every block element (under a root that is none) belongs to no paragraph.
    if (this.blockStack.length === 0) return;
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
    const inParagraph = this.run !== null && lineBreakingTags.has(this.run.place.tag);
    if (this.breakPending || (this.run && !inParagraph)) this.flushRun();
    else if (this.run) {
      this.run.items.push(null);
      this.breakPending = true;
    }
    return false;
  }

  private openBlock(element: Element, tag: string, vote: -1 | 0 | 1): void {
    this.flushRun();
    const parent = this.blockStack.at(-1) ?? null;
    const index = this.elements.length;
    const info = { element, tag, vote, pre: this.order++, post: -1, parent, index, end: -1, chars: 0, linkChars: 0, score: 0 };
    this.elements.push(info);
    this.blockStack.push(info);
  }

  private closeBlock(): void {
    this.flushRun();
    const info = this.blockStack.pop();
    if (!info) return;
    info.post = this.order++;
    info.end = this.elements.length;
    if (info.parent) {
      info.parent.chars += info.chars;
      info.parent.linkChars += info.linkChars;
    }
  }

  private startRun(): RawBlock {
    const place = this.blockStack[this.blockStack.length - 1];
    const furniture = this.furnitureStack.at(-1) ?? null;
    this.run = { node: place.element, place, items: [], chars: 0, linkChars: 0, commas: 0, furniture };
    return this.run;
  }

  private flushRun(): void {
    const run = this.run;
    this.run = null;
    this.breakPending = false;
    if (!run || run.chars === 0) return;
    this.blocks.push(run);
    run.place.chars += run.chars;
    run.place.linkChars += run.linkChars;
  }
}
