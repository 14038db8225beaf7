import type { TabReportStore } from '../../lib/handlers/services';
import { tabReportSchema } from '../../lib/model/tab-report';

const keyOf = (tabId: number) => `tab-report:${tabId}`;

/**
 * Tab reports in `storage.session`: they survive the service worker stopping,
 * vanish with the browser session, and are validated when read back.
 */
export const sessionTabReports: TabReportStore & { remove(tabId: number): Promise<void> } = {
  async get(tabId) {
    const key = keyOf(tabId);
    const stored = await browser.storage.session.get(key);
    const parsed = tabReportSchema.safeParse(stored[key]);
    return parsed.success ? parsed.data : null;
  },
  async set(tabId, report) {
    await browser.storage.session.set({ [keyOf(tabId)]: report });
  },
  async remove(tabId) {
    await browser.storage.session.remove(keyOf(tabId));
  },
};
