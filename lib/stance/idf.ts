/**
 * Inverse document frequencies kept by hashed bucket, so the shipped table
 * holds numbers only and never words.
 */
export interface IdfTable {
  buckets: number;
  documents: number;
  /** Document count per bucket. */
  counts: number[];
}

/** FNV-1a hash of a word into `buckets` buckets. */
export function bucketOf(word: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** Weight of a word: rare words weigh more. Without a table every word weighs 1. */
export function idfOf(word: string, table: IdfTable | null): number {
  if (!table) return 1;
  const count = table.counts[bucketOf(word, table.buckets)] ?? 0;
  return Math.log((table.documents + 1) / (count + 1)) + 1;
}

/** Counts document frequencies of word lists into a new table. */
export function buildIdf(documents: string[][], buckets: number): IdfTable {
  const counts = new Array<number>(buckets).fill(0);
  for (const words of documents) {
    for (const bucket of new Set(words.map((word) => bucketOf(word, buckets)))) counts[bucket] += 1;
  }
  return { buckets, documents: documents.length, counts };
}
