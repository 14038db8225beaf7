import { extractAttributionSteps } from '../extract';
import type { PageClaim } from '../model/page-claim';
import { collectPageClaims } from './collect-claims';
import { runInSlices, type SliceScheduler } from './run-in-slices';

/** Longest stretch of extraction between two turns for the page, within the 50 ms long-task line. */
export const sliceBudgetMs = 25;

/**
 * Finds the attributed claims of an article text in slices, giving the page
 * its turn between them, and returns them as page claims ready to send.
 */
export async function findPageClaims(
  url: string,
  articleText: string,
  scheduler: SliceScheduler,
  signal?: AbortSignal,
): Promise<PageClaim[]> {
  const attributions = await runInSlices(extractAttributionSteps(articleText), scheduler, sliceBudgetMs, signal);
  return collectPageClaims(url, articleText, attributions);
}
