export { SearchIndex, type SearchResult } from './search-index';
export type { SearchDoc } from './analyze';
export type { IndexManifest, SegmentRecord } from './manifest';
