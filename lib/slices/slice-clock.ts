/** What work done in slices needs from the page: a clock and a way to let the page run. */
export interface SliceScheduler {
  /** Milliseconds on any steady clock, such as `performance.now()`. */
  now(): number;
  /** Resolves after the page has had a turn (input, rendering), as a zero-delay timeout does. */
  yieldToPage(): Promise<void>;
}

/** Tells when the current slice has used its budget, and starts the next one after the page's turn. */
export class SliceClock {
  private sliceStart: number;

  constructor(
    private readonly scheduler: SliceScheduler,
    private readonly budgetMs: number,
  ) {
    this.sliceStart = scheduler.now();
  }

  readonly overBudget = (): boolean => this.scheduler.now() - this.sliceStart >= this.budgetMs;

  async pause(): Promise<void> {
    await this.scheduler.yieldToPage();
    this.sliceStart = this.scheduler.now();
  }
}

/**
 * Maps the items in slices of about `budgetMs`, giving the page its turn in
 * between, so hundreds of items never hold the page in one task.
 */
export async function mapInSlices<T, R>(
  items: readonly T[],
  map: (item: T, index: number) => R,
  scheduler: SliceScheduler,
  budgetMs: number,
): Promise<R[]> {
  const clock = new SliceClock(scheduler, budgetMs);
  const results: R[] = [];
  for (const [index, item] of items.entries()) {
    if (clock.overBudget()) await clock.pause();
    results.push(map(item, index));
  }
  return results;
}
