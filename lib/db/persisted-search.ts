import { SearchIndex, type SearchDoc } from '../search';
import type { ClaimSearch } from '../handlers/services';
import type { CrosscheckDatabase } from './database';
import { keepValid } from './read-valid';
import { indexSegmentSchema, storedClaimSchema, type StoredClaim } from './records';

const manifestKey = 'searchIndexManifest';

function toSearchDoc(claim: StoredClaim): SearchDoc {
  return { id: claim.id, text: claim.text };
}

/**
 * The known-claim search index kept in IndexedDB as immutable segments plus a
 * small manifest: loaded once per worker start without re-reading the claims,
 * and extended by a new segment on each save or import. Rebuilt from the
 * claims only when nothing usable is stored.
 */
export class PersistedSearch implements ClaimSearch {
  private loading: Promise<SearchIndex> | null = null;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: CrosscheckDatabase) {}

  async search(query: string, limit: number) {
    return (await this.index()).search(query, limit);
  }

  /** Indexes new or changed claims; changes are written one after another, in call order. */
  add(claims: readonly StoredClaim[]): Promise<void> {
    return this.change(claims.length, (index) => index.add(claims.map(toSearchDoc)));
  }

  /** Drops claims from the index, after any change still being written. */
  remove(ids: readonly string[]): Promise<void> {
    return this.change(ids.length, (index) => void index.remove([...ids]));
  }

  private change(count: number, apply: (index: SearchIndex) => void): Promise<void> {
    if (count === 0) return this.writes.then(() => undefined);
    const write = this.writes.then(async () => {
      const index = await this.index();
      apply(index);
      await this.persist(index);
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  private index(): Promise<SearchIndex> {
    this.loading ??= this.loadOrRebuild().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  private async loadOrRebuild(): Promise<SearchIndex> {
    const manifest = (await this.db.settings.get(manifestKey))?.value;
    if (manifest !== undefined) {
      const { rows } = keepValid(indexSegmentSchema, await this.db.indexSegments.toArray());
      try {
        return SearchIndex.load(manifest, rows);
      } catch (error) {
        console.warn('Crosscheck: rebuilding the search index, the stored one is unusable:', error);
      }
    }
    const { rows } = keepValid(storedClaimSchema, await this.db.claims.toArray());
    const index = SearchIndex.create(rows.map(toSearchDoc));
    await this.persist(index);
    return index;
  }

  private async persist(index: SearchIndex): Promise<void> {
    const manifest = index.manifest();
    const live = new Set(manifest.segments.map((segment) => segment.id));
    await this.db.transaction('rw', [this.db.indexSegments, this.db.settings], async () => {
      await this.db.indexSegments.bulkPut(index.unsavedSegments());
      await this.db.settings.put({ key: manifestKey, value: manifest });
      const stale = (await this.db.indexSegments.toCollection().primaryKeys()).filter((id) => !live.has(id));
      await this.db.indexSegments.bulkDelete(stale);
    });
    index.markPersisted();
  }
}
