/**
 * Average precision at k of one ranked list: precision at each relevant hit
 * within the first k, divided by min(relevant count, k).
 */
export function averagePrecisionAt(ranked: string[], relevant: Set<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (!relevant.has(id)) return;
    hits += 1;
    sum += hits / (index + 1);
  });
  return sum / Math.min(relevant.size, k);
}

/** Reciprocal rank of the first relevant id (0 when none is ranked). */
export function reciprocalRank(ranked: string[], relevant: Set<string>): number {
  const first = ranked.findIndex((id) => relevant.has(id));
  return first === -1 ? 0 : 1 / (first + 1);
}

/** MAP@k and MRR over queries, given each query's ranked ids. */
export function rankQuality(
  rankings: Array<{ ranked: string[]; relevant: Set<string> }>,
  k: number,
): { map: number; mrr: number } {
  if (rankings.length === 0) return { map: 0, mrr: 0 };
  let map = 0;
  let mrr = 0;
  for (const { ranked, relevant } of rankings) {
    map += averagePrecisionAt(ranked, relevant, k);
    mrr += reciprocalRank(ranked, relevant);
  }
  return { map: map / rankings.length, mrr: mrr / rankings.length };
}
