import { nameVote } from './boilerplate-names';
import { tagOf, type BlockElementInfo, type PageBlocks, type RawBlock } from './collect-blocks';
import { boilerplateTags, paragraphTags } from './tags';

/** A paragraph shorter than this gives its container no credit: menus and labels are short. */
const minScoredChars = 25;
/** How much of a paragraph's score each enclosing level receives (after Readability's ancestors). */
const levelDividers = [1, 2, 6, 9];
/** A sibling of the best container must score like two good paragraphs, unless it is named like it. */
const minSiblingScore = 10;

/**
 * The elements that hold the article: the block element with the best
 * paragraph score (text length, commas, few links, content-like names) and those
 * of its siblings that score nearly as well, such as a body split around an ad.
 * Falls back to the outermost element when no paragraph scores.
 */
export function chooseContainers(page: PageBlocks, root: Element): Element[] {
  const scores = scoreAncestors(page);
  let top: Element | null = null;
  let topScore = 0;
  for (const [element, raw] of scores) {
    const score = adjustedScore(element, raw, page.elements.get(element));
    scores.set(element, score);
    if (score > topScore) {
      top = element;
      topScore = score;
    }
  }
  if (!top) return [root];
  return [top, ...strongSiblings(top, topScore, scores, page)];
}

function scoreAncestors(page: PageBlocks): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const block of page.blocks) {
    const score = paragraphScore(block);
    if (score === 0) continue;
    let container = paragraphTags.has(tagOf(block.node)) ? parentOf(block.node, page) : block.node;
    for (let level = 0; container && level < levelDividers.length; level++) {
      scores.set(container, (scores.get(container) ?? 0) + score / levelDividers[level]);
      container = parentOf(container, page);
    }
  }
  return scores;
}

/** Readability's paragraph score: one, plus commas, plus a point per hundred characters, all discounted by links. */
function paragraphScore(block: RawBlock): number {
  if (block.chars < minScoredChars) return 0;
  const base = 1 + Math.min(block.commas, 5) + Math.min(Math.floor(block.chars / 100), 3);
  return base * (1 - block.linkChars / block.chars);
}

function adjustedScore(element: Element, raw: number, info: BlockElementInfo | undefined): number {
  const linkDensity = info && info.chars > 0 ? info.linkChars / info.chars : 0;
  const vote = nameVote(element);
  const furnitureTag = boilerplateTags.has(tagOf(element));
  const nameFactor = vote === 1 ? 1.25 : vote === -1 || furnitureTag ? 0.4 : 1;
  return raw * (1 - linkDensity) * nameFactor;
}

function strongSiblings(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  page: PageBlocks,
): Element[] {
  const parent = parentOf(top, page);
  const siblings: Element[] = [];
  for (const [element, info] of page.elements) {
    if (element === top || info.parent !== parent || !parent) continue;
    if (nameVote(element) === -1 || boilerplateTags.has(tagOf(element))) continue;
    const className = element.getAttribute('class');
    const sameKind = !!className && className === top.getAttribute('class') && tagOf(element) === tagOf(top);
    const needed = sameKind ? 0 : Math.max(topScore * 0.25, minSiblingScore);
    const score = scores.get(element) ?? 0;
    if ((score > 0 && score >= needed) || isLongProse(element, info)) siblings.push(element);
  }
  return siblings;
}

/** A paragraph lying next to the container, as when an editor's tool leaves the lead outside it. */
function isLongProse(element: Element, info: BlockElementInfo): boolean {
  return tagOf(element) === 'p' && info.chars >= 80 && info.linkChars / info.chars < 0.25;
}

function parentOf(element: Element, page: PageBlocks): Element | null {
  return page.elements.get(element)?.parent ?? null;
}
