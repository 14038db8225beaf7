import { mapInSlices as mapWithClock, type SliceScheduler } from '../../lib/slices/slice-clock';

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

/** Maps the items in slices of about {@link sliceBudgetMs} on the page's main thread. */
export function mapInSlices<T, R>(items: readonly T[], map: (item: T, index: number) => R): Promise<R[]> {
  return mapWithClock(items, map, pageTurns, sliceBudgetMs);
}
