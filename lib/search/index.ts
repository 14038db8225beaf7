/**
 * The retrieval index over known claims: finds, for a claim read on a page,
 * the known claims most likely to state the same thing.
 *
 * Ranking: documents are `{ id, text, title? }`. Text is cleaned of links,
 * tweet trailers (poster, month and year kept) and handles, tokenised
 * (Unicode, lowercase, accent-folded), stopword-filtered and Porter-stemmed.
 * A query's run-together tags ("#tentcity") the index does not know are split
 * into words it knows. A BM25F first stage (text and title) with MaxScore
 * pruning fetches the best 20 (the model's depth), which a small trained linear
 * model (rank-model.json, from scripts/train-rank.ts) re-orders by overlap
 * features, near spellings and how much the other candidates resemble each one.
 * The features are computed from the stored term sequences, so a new model
 * needs no change to stored segments.
 *
 * Persistence contract (for the background, which stores the index in Dexie):
 * - The index is a list of immutable segments plus one small manifest. A
 *   segment's bytes never change after it is made; its id is never reused.
 *   Deletions are tombstones recorded in the manifest, not in segments.
 * - After any `add` or `remove`, store what changed, in one transaction:
 *   1. `index.unsavedSegments()`: `{ id, bytes }` records to put (usually one
 *      small delta segment; the whole base only after a merge);
 *   2. `index.manifest()`: a plain JSON object (a few KB plus four bytes or so
 *      per deleted document) to put under one fixed key;
 *   3. delete every stored segment whose id is not in `manifest.segments`;
 *   then call `index.markPersisted()`.
 * - On service-worker start: read the manifest and the segments it lists and
 *   call `SearchIndex.load(manifest, records)`. Nothing is re-tokenised; a
 *   100,000-claim index loads in a few hundred milliseconds. `load` throws an
 *   Error on a malformed manifest or damaged segment: rebuild with
 *   `SearchIndex.create(claims)` from the claims table and store everything.
 * - Small additions are appended to (or rebuilt into) a delta segment of at
 *   most 2,000 documents; the segments are merged into a new base when there
 *   are more than six, when deltas exceed a quarter of the base, or when a
 *   quarter of a segment is deleted. Merges work from the stored term
 *   sequences, not from the original words.
 */
export { SearchIndex, type SearchResult } from './search-index';
export type { SearchDoc } from './analyze';
export { indexManifestSchema, type IndexManifest, type SegmentRecord } from './manifest';
