import type { CrosscheckDatabase } from '../db/database';
import type { StoredClaim } from '../db/records';
import type { ClaimReport } from '../model/page-claim';
import type { TabReport } from '../model/tab-report';

/** Where each tab's latest report is kept between calls; the worker may stop between any two. */
export interface TabReportStore {
  get(tabId: number): Promise<TabReport | null>;
  set(tabId: number, report: TabReport): Promise<void>;
}

/** The known-claim search index as the handlers use it; persisted by its owner. */
export interface ClaimSearch {
  /** Known claim ids, best first, with their scores. */
  search(query: string, limit: number): Promise<Array<{ id: string; score: number }>>;
  /** Indexes new or changed claims and persists the change. */
  add(claims: readonly StoredClaim[]): Promise<void>;
  /** Drops claims from the index and persists the change. */
  remove(ids: readonly string[]): Promise<void>;
}

/** What the background's handlers work with; the browser glue provides the real ones. */
export interface BackgroundServices {
  db: CrosscheckDatabase;
  tabReports: TabReportStore;
  claimSearch: ClaimSearch;
  /** Tells a tab's content script to repaint with new reports; a closed tab is not an error. */
  notifyTab(tabId: number, reports: ClaimReport[]): Promise<void>;
  now(): number;
}

/** Who sent a call, as the background saw it. */
export interface CallContext {
  kind: 'content' | 'extension-page';
  /** The sending tab, for content scripts. */
  tabId: number | null;
}
