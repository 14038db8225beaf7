import type { BlockElementInfo, PageBlocks, RawBlock } from './page-blocks';
import { boilerplateTags, paragraphTags } from './tags';

/** A paragraph shorter than this gives its container no credit: menus and labels are short. */
const minScoredChars = 25;
/** How much of a paragraph's score each enclosing level receives (after Readability's ancestors). */
const levelDividers = [1, 2, 6, 9];
/** A sibling of the best container must score like two good paragraphs, unless it is named like it. */
const minSiblingScore = 10;

/**
 * The block elements that hold the article: the one with the best paragraph
 * score (text length, commas, few links, content-like names) and those of its
 * siblings that score nearly as well, such as a body split around an ad.
 * Falls back to the outermost element when no paragraph scores, and gives none
 * when that is no block element either.
 */
export function chooseContainers(page: PageBlocks, root: Element): BlockElementInfo[] {
  let top: BlockElementInfo | null = null;
  for (const info of scoreAncestors(page)) {
    info.score = adjustedScore(info);
    if (info.score > (top?.score ?? 0)) top = info;
  }
  if (top) return [top, ...strongSiblings(top, page)];
  const outermost = page.elements[0];
  return outermost?.element === root ? [outermost] : [];
}

/** Adds each paragraph's score to its enclosing levels; gives the elements scored, in the order first scored. */
function scoreAncestors(page: PageBlocks): BlockElementInfo[] {
  const scored: BlockElementInfo[] = [];
  for (const block of page.blocks) {
    const score = paragraphScore(block);
    if (score === 0) continue;
    let container = paragraphTags.has(block.place.tag) ? block.place.parent : block.place;
    for (let level = 0; container && level < levelDividers.length; level++) {
      if (container.score === 0) scored.push(container);
      container.score += score / levelDividers[level];
      container = container.parent;
    }
  }
  return scored;
}

/** Readability's paragraph score: one, plus commas, plus a point per hundred characters, all discounted by links. */
function paragraphScore(block: RawBlock): number {
  if (block.chars < minScoredChars) return 0;
  const base = 1 + Math.min(block.commas, 5) + Math.min(Math.floor(block.chars / 100), 3);
  return base * (1 - block.linkChars / block.chars);
}

function adjustedScore(info: BlockElementInfo): number {
  const linkDensity = info.chars > 0 ? info.linkChars / info.chars : 0;
  const furnitureTag = boilerplateTags.has(info.tag);
  const nameFactor = info.vote === 1 ? 1.25 : info.vote === -1 || furnitureTag ? 0.4 : 1;
  return info.score * (1 - linkDensity) * nameFactor;
}

/** The block children of the top's parent that score nearly as well, visited without rescanning the page. */
function strongSiblings(top: BlockElementInfo, page: PageBlocks): BlockElementInfo[] {
  const parent = top.parent;
  const siblings: BlockElementInfo[] = [];
  if (!parent) return siblings;
  const topClass = top.element.getAttribute('class');
  for (let index = parent.index + 1; index < parent.end; index = page.elements[index].end) {
    const info = page.elements[index];
    if (info === top || info.vote === -1 || boilerplateTags.has(info.tag)) continue;
    const className = info.element.getAttribute('class');
    const sameKind = !!className && className === topClass && info.tag === top.tag;
    const needed = sameKind ? 0 : Math.max(top.score * 0.25, minSiblingScore);
    if ((info.score > 0 && info.score >= needed) || isLongProse(info)) siblings.push(info);
  }
  return siblings;
}

/** A paragraph lying next to the container, as when an editor's tool leaves the lead outside it. */
function isLongProse(info: BlockElementInfo): boolean {
  return info.tag === 'p' && info.chars >= 80 && info.linkChars / info.chars < 0.25;
}
