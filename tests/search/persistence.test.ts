import { describe, expect, it } from 'vitest';
import { SearchIndex, type IndexManifest, type SegmentRecord } from '../../lib/search/index';
import { knownClaims } from './corpus';

/** What the background keeps in Dexie: the manifest and segments by id. */
class FakeStore {
  manifest: IndexManifest | null = null;
  segments = new Map<number, Uint8Array>();
  writes: number[] = [];

  save(index: SearchIndex): void {
    for (const { id, bytes } of index.unsavedSegments()) {
      this.segments.set(id, bytes);
      this.writes.push(id);
    }
    this.manifest = index.manifest();
    for (const id of this.segments.keys()) if (!this.manifest.segments.some((segment) => segment.id === id)) this.segments.delete(id);
    index.markPersisted();
  }

  records(): SegmentRecord[] {
    return [...this.segments].map(([id, bytes]) => ({ id, bytes }));
  }

  load(): SearchIndex {
    return SearchIndex.load(JSON.parse(JSON.stringify(this.manifest)), this.records());
  }
}

const queries = ['airstrike checkpoint Tal Hamis', 'ministry denied strike', 'flooded market', 'shepherd civilian'];

describe('SearchIndex persistence', () => {
  it('loads back an index that answers exactly as the original', () => {
    const index = SearchIndex.create(knownClaims);
    const store = new FakeStore();
    store.save(index);
    const loaded = store.load();
    for (const query of queries) expect(loaded.search(query, 5)).toEqual(index.search(query, 5));
    expect(loaded.size).toBe(index.size);
  });

  it('after load, an add stores only a new small segment and a remove stores no segment', () => {
    const store = new FakeStore();
    store.save(SearchIndex.create(knownClaims));
    const loaded = store.load();
    expect(loaded.unsavedSegments()).toEqual([]);
    loaded.add([{ id: 'ferry', text: 'A ferry service replaced the closed river bridge for a month.' }]);
    const unsaved = loaded.unsavedSegments();
    expect(unsaved).toHaveLength(1);
    store.save(loaded);
    loaded.remove(['flood']);
    expect(loaded.unsavedSegments()).toEqual([]);
    store.save(loaded);
    const again = store.load();
    expect(again.search('ferry river bridge', 1)[0].id).toBe('ferry');
    expect(again.has('flood')).toBe(false);
    expect(again.size).toBe(knownClaims.length);
  });

  it('keeps the stored segments in step through many saves', () => {
    const store = new FakeStore();
    const index = SearchIndex.create(knownClaims);
    store.save(index);
    for (let round = 0; round < 12; round += 1) {
      index.add([{ id: `note-${round}`, text: `Volunteers counted ${round} damaged roofs after the storm in district ${round}.` }]);
      if (round % 3 === 0) index.remove([`note-${round - 1}`]);
      store.save(index);
    }
    const loaded = store.load();
    expect(loaded.size).toBe(index.size);
    expect(loaded.search('damaged roofs storm district 11', 1)[0].id).toBe('note-11');
    expect(store.segments.size).toBe(loaded.manifest().segments.length);
  });

  it('rejects a manifest stored by an earlier analysis, so the caller rebuilds from the claims', () => {
    const index = SearchIndex.create(knownClaims);
    const [record] = index.unsavedSegments();
    expect(() => SearchIndex.load({ ...index.manifest(), version: 1 }, [record])).toThrow();
    expect(SearchIndex.load(index.manifest(), [record]).size).toBe(index.size);
  });

  it('rejects a damaged manifest or segment with an error', () => {
    const index = SearchIndex.create(knownClaims);
    const [record] = index.unsavedSegments();
    const manifest = index.manifest();
    expect(() => SearchIndex.load({ ...manifest, version: 9 }, [record])).toThrow();
    expect(() => SearchIndex.load(manifest, [])).toThrow(/missing/);
    expect(() => SearchIndex.load(manifest, [{ id: record.id, bytes: record.bytes.subarray(0, 40) }])).toThrow();
    const flipped = record.bytes.slice();
    for (let offset = 60; offset < flipped.length; offset += 37) flipped[offset] ^= 0xff;
    expect(() => SearchIndex.load(manifest, [{ id: record.id, bytes: flipped }])).toThrow();
    expect(() => SearchIndex.load(manifest, [{ id: record.id, bytes: new Uint8Array([1, 2, 3]) }])).toThrow();
  });
});
