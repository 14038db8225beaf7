import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CrosscheckDatabase } from '../../lib/db/database';
import { ensureDemoSet } from '../../lib/db/demo-set';
import { PersistedSearch } from '../../lib/db/persisted-search';
import { authorizeCall, createBackgroundHandlers } from '../../lib/handlers';
import type { BackgroundServices, CallContext } from '../../lib/handlers/services';
import { backgroundCalls, type BackgroundCallName, type CallRequest, type CallResponse } from '../../lib/messages/background-calls';
import { createCaller } from '../../lib/messages/caller';
import { createRouter } from '../../lib/messages/router';
import type { ClaimReport } from '../../lib/model/page-claim';
import type { TabReport } from '../../lib/model/tab-report';

export const demoDataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/demo/dataset.json'), 'utf8'));

/** The background as the browser runs it, over fake IndexedDB and an in-memory session store. */
export interface TestBackground {
  db: CrosscheckDatabase;
  notified: Array<{ tabId: number; reports: ClaimReport[] }>;
  /** Sends a call as a content script of `tabId` would. */
  fromTab<N extends BackgroundCallName>(tabId: number, type: N, request: CallRequest<N>): Promise<CallResponse<N>>;
  /** Sends a call as the popup or side panel would. */
  fromPopup<N extends BackgroundCallName>(type: N, request: CallRequest<N>): Promise<CallResponse<N>>;
  close(): Promise<void>;
}

let databases = 0;

export async function startTestBackground(options: { demo: boolean } = { demo: true }): Promise<TestBackground> {
  const db = new CrosscheckDatabase(`handlers-test-${++databases}`);
  const reports = new Map<number, TabReport>();
  const notified: TestBackground['notified'] = [];
  const claimSearch = new PersistedSearch(db);
  let clock = 1_780_000_000_000;
  const services: BackgroundServices = {
    db,
    tabReports: { get: async (tabId) => reports.get(tabId) ?? null, set: async (tabId, report) => void reports.set(tabId, report) },
    claimSearch,
    notifyTab: async (tabId, shown) => void notified.push({ tabId, reports: shown }),
    now: () => ++clock,
  };
  const ready = options.demo ? ensureDemoSet(db, demoDataset, clock).then((claims) => claimSearch.add(claims)) : Promise.resolve();
  await ready;
  const route = createRouter(backgroundCalls, createBackgroundHandlers(services, ready), authorizeCall);
  const callerAs = (context: CallContext) =>
    createCaller(backgroundCalls, async (message) => route(message, context));
  return {
    db,
    notified,
    fromTab: (tabId, type, request) => callerAs({ kind: 'content', tabId })(type, request),
    fromPopup: (type, request) => callerAs({ kind: 'extension-page', tabId: null })(type, request),
    close: () => db.delete(),
  };
}
