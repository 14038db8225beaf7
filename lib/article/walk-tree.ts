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

/**
 * Visits `root` and its descendants in document order without recursion, so a
 * hostile page nested ten thousand deep cannot overflow the stack. `exit` is
 * called for each element whose `enter` returned true, after its subtree.
 */
export function walkTree(root: Element, visitor: TreeVisitor): void {
  let node: Node = root;
  for (;;) {
    let child: Node | null = null;
    if (node.nodeType === ELEMENT_NODE) {
      if (visitor.enter(node as Element)) {
        child = node.firstChild;
        if (!child) visitor.exit(node as Element);
      }
    } else if (node.nodeType === TEXT_NODE) {
      visitor.text(node as Text);
    }
    if (child) {
      node = child;
      continue;
    }
    const next = climbToNext(node, root, visitor);
    if (!next) return;
    node = next;
  }
}

/** The next node after `node`'s subtree, closing every ancestor finished on the way; null at the end. */
function climbToNext(start: Node, root: Element, visitor: TreeVisitor): Node | null {
  let node = start;
  while (node !== root) {
    const sibling = node.nextSibling;
    if (sibling) return sibling;
    const parent = node.parentNode;
    if (!parent) return null;
    node = parent;
    visitor.exit(node as Element);
  }
  return null;
}
