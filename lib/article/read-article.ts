import { ArticleAssembler, type ArticleText } from './assemble-article';
import { BlockCollector, collectBlocks } from './collect-blocks';
import type { PageBlocks } from './page-blocks';
import { SliceClock, type SliceScheduler } from '../slices/slice-clock';
import { TreeWalk } from './walk-tree';

export type { ArticleBlock, ArticleText } from './assemble-article';
export type { SliceScheduler } from '../slices/slice-clock';

/**
 * Finds the article body of a live page without touching it: scores the block
 * elements by their paragraphs, keeps the paragraphs of the best container and
 * its strong siblings, and drops furniture inside them (captions, bylines,
 * datelines, share bars, related links, comments, bios). Linear in page size.
 */
export function readArticle(doc: Document): ArticleText {
  const root = doc.documentElement;
  const page = collectBlocks(root);
  const assembler = new ArticleAssembler(page, root);
  for (let index = 0; index < page.blocks.length; index++) assembler.addBlock(index);
  return assembler.result();
}

/** How long one slice may run: well under the 50 ms that counts as a long task, leaving room for a cold start. */
const defaultSliceBudgetMs = 15;
/** Times the walk starts over because the page removed the node it stopped at, before it reads in one pass. */
const maxRestarts = 3;

/**
 * The same as {@link readArticle}, read in slices of about `budgetMs` that give
 * the page its turn in between, so a huge page never blocks it for long. The
 * page may change between slices; the text then mixes moments a few
 * milliseconds apart, which is no worse than the page changing after a
 * one-pass read while the claims are found (rangeForSpan in lib/anchor gives
 * no range for a text node that has since shrunk). If the
 * page removes the node the walk stopped at, the walk starts over, and after a
 * few such restarts reads the page in one pass so that it always ends.
 */
export async function readArticleInSlices(
  doc: Document,
  scheduler: SliceScheduler,
  budgetMs = defaultSliceBudgetMs,
): Promise<ArticleText> {
  const root = doc.documentElement;
  const clock = new SliceClock(scheduler, budgetMs);
  const page = await collectInSlices(root, clock);
  const assembler = new ArticleAssembler(page, root);
  for (let index = 0; index < page.blocks.length; index++) {
    if (clock.overBudget()) await clock.pause();
    assembler.addBlock(index);
  }
  return assembler.result();
}

async function collectInSlices(root: Element, clock: SliceClock): Promise<PageBlocks> {
  for (let attempt = 0; attempt <= maxRestarts; attempt++) {
    const collector = new BlockCollector();
    const walk = new TreeWalk(root, collector);
    let done = walk.advance(clock.overBudget);
    while (!done) {
      await clock.pause();
      if (!walk.canResume()) break;
      done = walk.advance(clock.overBudget);
    }
    if (done) return collector.result();
  }
  return collectBlocks(root);
}
