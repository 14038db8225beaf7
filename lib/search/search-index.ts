import { analyseDoc, type AnalysedDoc, type SearchDoc } from './analyze';
import { indexManifestSchema, manifestVersion, type IndexManifest, type SegmentRecord } from './manifest';
import type { SegmentView } from './max-score';
import { rankCandidates, type RankedCandidate } from './rank-query';
import { modelScore, shippedModel, type RankModel } from './rerank';
import { analysedDocAt, buildSegment } from './segment';
import { decodeSegment, encodeSegment } from './segment-codec';
import { deletedOrdinals, liveCount, meanLength, viewOf } from './segment-view';

/** A known claim found for a query; higher scores are better matches. */
export interface SearchResult {
  id: string;
  score: number;
}

/** A delta segment is rebuilt in place while it holds fewer documents than this. */
const deltaRebuildLimit = 2000;
/** More segments than this, or deltas above a quarter of the base, trigger a full merge. */
const maxSegments = 6;
const maxDeltaShare = 0.25;
const maxDeletedShare = 0.25;
/** A limit above this (Infinity included) asks for this many. */
const maxResults = 100_000;

/**
 * The retrieval index over known claims: BM25F (claim text and title) with
 * MaxScore top-k pruning, in immutable segments plus tombstones.
 * See lib/search/index.ts for the persistence contract.
 */
export class SearchIndex {
  private locations: Map<string, { segmentId: number; ordinal: number }> | null = null;

  private constructor(
    private views: SegmentView[],
    private averageLength: number,
    private nextSegmentId: number,
    private persisted: Set<number>,
  ) {}

  /** An index over `docs` (later duplicates of an id replace earlier ones); empty when none are given. */
  static create(docs: SearchDoc[] = []): SearchIndex {
    const index = new SearchIndex([], 0, 0, new Set());
    index.add(docs);
    return index;
  }

  /** Live documents in the index. */
  get size(): number {
    return this.views.reduce((total, view) => total + liveCount(view), 0);
  }

  /** True when a document with this id is in the index. */
  has(id: string): boolean {
    return this.locationMap().has(id);
  }

  /** Adds documents, replacing any with the same id; may rebuild a small delta segment or merge all. */
  add(docs: SearchDoc[]): void {
    const latest = new Map(docs.map((doc) => [doc.id, doc]));
    if (latest.size === 0) return;
    this.tombstone([...latest.keys()]);
    const analysed = [...latest.values()].map(analyseDoc);
    const last = this.views.at(-1);
    if (this.views.length === 0) return this.rebuild(analysed);
    if (this.views.length > 1 && last && last.segment.docIds.length + analysed.length <= deltaRebuildLimit) {
      this.views.pop();
      analysed.unshift(...liveDocs(last));
    }
    const view = viewOf(buildSegment(this.nextSegmentId++, analysed), this.averageLength);
    this.views.push(view);
    // The new segment holds every document it names (moved ones included), so only its entries change.
    view.segment.docIds.forEach((id, ordinal) => this.locations?.set(id, { segmentId: view.segment.id, ordinal }));
    if (this.needsMerge()) this.rebuild([]);
  }

  /** Removes documents by id; unknown ids are ignored. Returns how many were removed. */
  remove(ids: string[]): number {
    const removed = this.tombstone(ids);
    if (this.views.some((view) => liveCount(view) < view.deleted.length * (1 - maxDeletedShare))) this.rebuild([]);
    return removed;
  }

  /**
   * The `limit` best matches for the query text, best first: BM25F candidates
   * re-ordered by the shipped re-ranking model. Empty when the query has no
   * index terms or nothing matches.
   */
  search(query: string, limit = 10, model: RankModel = shippedModel): SearchResult[] {
    const wanted = Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), maxResults));
    if (wanted === 0) return [];
    return this.rankingFeatures(query, Math.max(wanted, model.depth))
      .map(({ id, features }) => ({ id, score: modelScore(model, features) }))
      .sort((left, right) => right.score - left.score)
      .slice(0, wanted);
  }

  /** The first stage's `depth` best candidates with their re-ranking features (what the model is trained on). */
  rankingFeatures(query: string, depth: number): RankedCandidate[] {
    return rankCandidates(this.views, query, depth);
  }

  private tombstone(ids: string[]): number {
    const locations = this.locationMap();
    let removed = 0;
    for (const id of ids) {
      const location = locations.get(id);
      const view = location && this.views.find((candidate) => candidate.segment.id === location.segmentId);
      if (!location || !view) continue;
      view.deleted[location.ordinal] = 1;
      locations.delete(id);
      removed += 1;
    }
    return removed;
  }

  private needsMerge(): boolean {
    const [base, ...deltas] = this.views;
    const deltaDocs = deltas.reduce((total, view) => total + view.deleted.length, 0);
    return this.views.length > maxSegments || deltaDocs > base.deleted.length * maxDeltaShare;
  }

  /** Merges every live document, plus `extra`, into one new base segment and refreezes the average length. */
  private rebuild(extra: AnalysedDoc[]): void {
    const docs = [...this.views.flatMap(liveDocs), ...extra];
    const segment = buildSegment(this.nextSegmentId++, docs);
    this.averageLength = meanLength(segment);
    this.views = docs.length === 0 ? [] : [viewOf(segment, this.averageLength)];
    this.locations = null;
  }

  private locationMap(): Map<string, { segmentId: number; ordinal: number }> {
    if (this.locations) return this.locations;
    const locations = new Map<string, { segmentId: number; ordinal: number }>();
    for (const view of this.views) {
      view.segment.docIds.forEach((id, ordinal) => {
        if (view.deleted[ordinal] === 0) locations.set(id, { segmentId: view.segment.id, ordinal });
      });
    }
    this.locations = locations;
    return locations;
  }

  /** The record to store beside the segments; small, rewritten on every change. */
  manifest(): IndexManifest {
    return {
      version: manifestVersion,
      averageLength: this.averageLength,
      nextSegmentId: this.nextSegmentId,
      segments: this.views.map((view) => ({ id: view.segment.id, deleted: deletedOrdinals(view) })),
    };
  }

  /** Segments not yet stored (since creation, load or the last markPersisted), encoded. */
  unsavedSegments(): SegmentRecord[] {
    return this.views
      .filter((view) => !this.persisted.has(view.segment.id))
      .map((view) => ({ id: view.segment.id, bytes: encodeSegment(view.segment) }));
  }

  /** Records that the current manifest and every live segment are stored. */
  markPersisted(): void {
    this.persisted = new Set(this.views.map((view) => view.segment.id));
  }

  /**
   * Rebuilds an index from a stored manifest and its segments (extra records
   * are ignored). Throws an Error when the manifest is malformed or a segment
   * is missing or damaged.
   */
  static load(manifest: unknown, records: SegmentRecord[]): SearchIndex {
    const parsed = indexManifestSchema.parse(manifest);
    const byId = new Map(records.map((record) => [record.id, record.bytes]));
    const views = parsed.segments.map(({ id, deleted }) => {
      const bytes = byId.get(id);
      if (!bytes) throw new Error(`search index segment ${id} is missing`);
      const segment = decodeSegment(bytes);
      if (segment.id !== id) throw new Error(`search index segment ${id} holds segment ${segment.id}`);
      return viewOf(segment, parsed.averageLength, deleted);
    });
    const nextSegmentId = Math.max(parsed.nextSegmentId, ...parsed.segments.map(({ id }) => id + 1));
    return new SearchIndex(views, parsed.averageLength, nextSegmentId, new Set(parsed.segments.map(({ id }) => id)));
  }
}

function liveDocs(view: SegmentView): AnalysedDoc[] {
  const docs: AnalysedDoc[] = [];
  for (let ordinal = 0; ordinal < view.deleted.length; ordinal += 1) {
    if (view.deleted[ordinal] === 0) docs.push(analysedDocAt(view.segment, ordinal));
  }
  return docs;
}
