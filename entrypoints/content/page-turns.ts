import type { SliceScheduler } from '../../lib/article/read-article';

/** Lets the page handle input and paint between slices of Crosscheck's work on its main thread. */
export const pageTurns: SliceScheduler = {
  now: () => performance.now(),
  yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
};

/**
 * How long one slice may run: a quarter of the 50 ms that makes a long task,
 * so a busy machine that runs the same code two or three times slower still
 * stays under it.
 */
const sliceBudgetMs = 12;

/**
 * Maps the items in slices of about {@link sliceBudgetMs}, giving the page its
 * turn in between, so hundreds of claims never hold the page in one task.
 */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T, index: number) => R): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = pageTurns.now();
  for (const [index, item] of items.entries()) {
    if (pageTurns.now() - sliceStart >= sliceBudgetMs) {
      await pageTurns.yieldToPage();
      sliceStart = pageTurns.now();
    }
    results.push(map(item, index));
  }
  return results;
}
