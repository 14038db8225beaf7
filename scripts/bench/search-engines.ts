// The three engines the search bench compares, behind one small interface.
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { SearchIndex, type SearchDoc } from '../../lib/search/index';

/** An engine under test: build once over docs, then answer queries with ranked ids. */
export interface BenchEngine {
  name: string;
  build(docs: SearchDoc[]): void;
  search(query: string, limit: number): string[];
  /** Bytes of the persisted form, when the engine has one we measure. */
  persistedBytes?(): number;
}

/** Crosscheck's own index (lib/search). */
export function crosscheckEngine(): BenchEngine & { index(): SearchIndex; persistedBytes(): number } {
  let index = SearchIndex.create();
  return {
    name: 'Crosscheck',
    build: (docs) => {
      index = SearchIndex.create(docs);
    },
    search: (query, limit) => index.search(query, limit).map((result) => result.id),
    persistedBytes: () =>
      index.unsavedSegments().reduce((total, record) => total + record.bytes.length, 0) +
      new TextEncoder().encode(JSON.stringify(index.manifest())).length,
    index: () => index,
  };
}

/** MiniSearch 7 with its defaults: BM25+ over text and title, OR of the query terms. */
export function miniSearchEngine(): BenchEngine {
  let index = new MiniSearch<SearchDoc>({ fields: ['text', 'title'] });
  return {
    name: 'MiniSearch',
    build: (docs) => {
      index = new MiniSearch<SearchDoc>({ fields: ['text', 'title'] });
      index.addAll(docs.map((doc) => ({ ...doc, title: doc.title ?? '' })));
    },
    search: (query, limit) => index.search(query).slice(0, limit).map((result) => String(result.id)),
  };
}

/** FlexSearch 0.8 Index over text and title joined, numeric ids, `suggest` so long queries still match. */
export function flexSearchEngine(): BenchEngine {
  let index = new FlexIndex({ tokenize: 'strict' });
  let ids: string[] = [];
  return {
    name: 'FlexSearch',
    build: (docs) => {
      index = new FlexIndex({ tokenize: 'strict' });
      ids = docs.map((doc) => doc.id);
      docs.forEach((doc, ordinal) => index.add(ordinal, `${doc.text} ${doc.title ?? ''}`));
    },
    search: (query, limit) => (index.search(query, { limit, suggest: true }) as number[]).map((ordinal) => ids[ordinal]),
  };
}
