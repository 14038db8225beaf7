/** DOM node types by number, so lib code needs no browser globals. */
export const ELEMENT_NODE = 1;
/** Node type of a text node. */
export const TEXT_NODE = 3;

/** Callbacks for {@link walkTree}; `enter` returns false to skip an element's subtree. */
export interface TreeVisitor {
  enter(element: Element): boolean;
  exit(element: Element): void;
  text(node: Text): void;
}

/** Nodes visited between two looks at the clock: reading it costs more than visiting a node. */
const nodesPerPauseCheck = 64;

/**
 * A walk over `root` and its descendants in document order, without recursion
 * so that a hostile page nested ten thousand deep cannot overflow the stack,
 * and able to stop between two nodes and go on later. `exit` is called for each
 * element whose `enter` returned true, after its subtree.
 */
export class TreeWalk {
  /** The next node to visit; null once the walk is over. */
  private next: Node | null;

  constructor(
    private readonly root: Element,
    private readonly visitor: TreeVisitor,
  ) {
    this.next = root;
  }

  /**
   * Visits nodes until the walk ends (true) or `shouldPause`, asked every few
   * dozen nodes, says to stop (false).
   */
  advance(shouldPause?: () => boolean): boolean {
    let node = this.next;
    for (let visited = 1; node; visited++) {
      node = this.visit(node);
      if (node && shouldPause && visited % nodesPerPauseCheck === 0 && shouldPause()) break;
    }
    this.next = node;
    return node === null;
  }

  /**
   * False when the page removed the node the walk stopped at, between two
   * calls to {@link advance}: going on from there would miss the rest of the page.
   */
  canResume(): boolean {
    return this.next === null || this.next === this.root || this.root.contains(this.next);
  }

  /** Visits one node; gives the node to visit after it, or null at the end. */
  private visit(node: Node): Node | null {
    if (node.nodeType === ELEMENT_NODE) {
      if (this.visitor.enter(node as Element)) {
        const child = node.firstChild;
        if (child) return child;
        this.visitor.exit(node as Element);
      }
    } else if (node.nodeType === TEXT_NODE) {
      this.visitor.text(node as Text);
    }
    return this.climbToNext(node);
  }

  /** The next node after `node`'s subtree, closing every ancestor finished on the way; null at the end. */
  private climbToNext(start: Node): Node | null {
    let node = start;
    while (node !== this.root) {
      const sibling = node.nextSibling;
      if (sibling) return sibling;
      const parent = node.parentNode;
      if (!parent) return null;
      node = parent;
      this.visitor.exit(node as Element);
    }
    return null;
  }
}

/** Visits `root` and its descendants in document order in one go (see {@link TreeWalk}). */
export function walkTree(root: Element, visitor: TreeVisitor): void {
  new TreeWalk(root, visitor).advance();
}
