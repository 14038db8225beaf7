/** How a slice runner measures time and gives the page its turn. */
export interface SliceScheduler {
  now(): number;
  /** Resolves once the page has had a chance to handle input and paint. */
  yieldToPage(): Promise<void>;
}

/**
 * Drains a generator, yielding to the page whenever a slice has used
 * `budgetMs`, so long work never holds the main thread much longer than one
 * step plus the budget. Returns every value the generator produced, in order.
 * Stops early, returning what it has, when `signal` aborts.
 */
export async function runInSlices<T>(
  steps: Iterator<T[]>,
  scheduler: SliceScheduler,
  budgetMs: number,
  signal?: AbortSignal,
): Promise<T[]> {
  const results: T[] = [];
  let sliceStart = scheduler.now();
  for (let step = steps.next(); !step.done; step = steps.next()) {
    results.push(...step.value);
    if (signal?.aborted) return results;
    if (scheduler.now() - sliceStart >= budgetMs) {
      await scheduler.yieldToPage();
      sliceStart = scheduler.now();
    }
  }
  return results;
}
