/** What one walk over a page gathers for finding its article (see collect-blocks.ts). */

/** A run of text that reads as one paragraph: the text nodes between two block boundaries. */
export interface RawBlock {
  /** The nearest block-level element around the run. */
  node: Element;
  /** What is known of `node`. */
  place: BlockElementInfo;
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
  furniture: BlockElementInfo | null;
}

/**
 * A block-level element: where it sits in document order, its enclosing block,
 * its text totals, and what its tag and names say, read once during the walk.
 */
export interface BlockElementInfo {
  element: Element;
  tag: string;
  /** How its class, id and role vote on it holding the article (see nameVote). */
  vote: -1 | 0 | 1;
  pre: number;
  post: number;
  parent: BlockElementInfo | null;
  /** Its place in `PageBlocks.elements`; its block descendants fill the places up to `end`. */
  index: number;
  end: number;
  chars: number;
  linkChars: number;
  /** Scratch for scoring the element as the article's container; 0 until then. */
  score: number;
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
  /** Block-level elements in document order. */
  elements: BlockElementInfo[];
  landmarks: PageLandmarks;
}
