import type { z } from 'zod';

/** Rows that failed their schema on the way out of storage; kept for the caller to report. */
export interface ValidRows<T> {
  rows: T[];
  rejected: number;
}

/**
 * Validates rows read back from IndexedDB. A row another version or a bug left
 * malformed is set aside, not thrown, so one bad row never hides the rest.
 */
export function keepValid<T>(schema: z.ZodType<T>, rows: readonly unknown[]): ValidRows<T> {
  const valid: T[] = [];
  let rejected = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else rejected++;
  }
  return { rows: valid, rejected };
}
