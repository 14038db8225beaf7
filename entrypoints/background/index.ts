import { CrosscheckDatabase } from '../../lib/db/database';
import { ensureDemoSet } from '../../lib/db/demo-set';
import { PersistedSearch } from '../../lib/db/persisted-search';
import { authorizeCall, createBackgroundHandlers } from '../../lib/handlers';
import type { BackgroundServices } from '../../lib/handlers/services';
import { backgroundCalls } from '../../lib/messages/background-calls';
import { channel } from '../../lib/messages/envelope';
import { createRouter } from '../../lib/messages/router';
import { callContextOf } from './call-context';
import { answerPageScriptRequests } from './page-scripts';
import { sessionTabReports } from './tab-report-store';

export default defineBackground(() => {
  const db = new CrosscheckDatabase();
  const claimSearch = new PersistedSearch(db);
  const services: BackgroundServices = {
    db,
    tabReports: sessionTabReports,
    claimSearch,
    notifyTab: async (tabId, reports) => {
      await browser.tabs.sendMessage(tabId, { channel, type: 'showReports', payload: { reports } }).catch(() => undefined);
    },
    now: () => Date.now(),
  };
  const ready = loadDemoSet(db, claimSearch);
  const route = createRouter(backgroundCalls, createBackgroundHandlers(services, ready), authorizeCall);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const context = callContextOf(sender);
    const reply = context && route(message, context);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
  answerPageScriptRequests();
  browser.tabs.onRemoved.addListener((tabId) => void sessionTabReports.remove(tabId));
  // A tab loading a new page must not show the last page's report while the new one is read.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void sessionTabReports.remove(tabId);
  });
});

/** Brings in the bundled demo set on first start (and when a new version ships); never blocks forever on failure. */
async function loadDemoSet(db: CrosscheckDatabase, search: PersistedSearch): Promise<void> {
  try {
    const response = await fetch(browser.runtime.getURL('/demo/dataset.json'));
    const added = await ensureDemoSet(db, await response.json(), Date.now());
    await search.add(added);
  } catch (error) {
    console.error('Crosscheck: the demo set could not be loaded:', error);
  }
}
