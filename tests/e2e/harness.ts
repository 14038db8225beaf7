import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch-chromium';
import { serveStatic, type ExtraPages } from '../../scripts/serve/static-server';
import { tabReportSchema, type TabReport } from '../../lib/model/tab-report';

/** The demo set's article links point at this port, as in `npm run demo`. */
export const demoPort = 5178;
export const demoOrigin = `http://localhost:${demoPort}`;
const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface Session {
  browser: ExtensionBrowser;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the demo articles and the test fixtures on localhost and starts
 * Chromium with the built extension. Extra pages are served from memory.
 */
export async function startSession(extraPages: ExtraPages = {}): Promise<Session> {
  const roots = [resolve(repoRoot, 'public', 'demo'), resolve(repoRoot, 'tests', 'fixtures')];
  const server = await serveStatic(roots, demoPort, extraPages);
  const browser = await launchWithExtension({ headless: true });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Names of Crosscheck's highlights on the page with the text of each range. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights.entries()) {
      if (!name.startsWith('crosscheck-')) continue;
      result[name] = [...highlight].map((range) => range.toString());
    }
    return result;
  });
}

/** Waits until the content script has painted claims in at least one status other than the speaker marks. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('crosscheck-') && name !== 'crosscheck-speaker'),
    null,
    { timeout: 30_000 },
  );
}

/** Opens the extension's popup page for a given tab, as the toolbar button would. */
export async function openPopupFor(session: Session, tabPage: Page): Promise<Page> {
  const tabId = await tabIdOf(session, tabPage);
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The browser's id for the tab showing `page`, asked of the extension's service worker. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  return session.browser.worker.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } };
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

/** The report the background keeps for a tab, read from the extension's session storage. */
export async function tabReportOf(session: Session, page: Page): Promise<TabReport> {
  const tabId = await tabIdOf(session, page);
  const stored = await session.browser.worker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.session.get(key))[key];
  }, `tab-report:${tabId}`);
  return tabReportSchema.parse(stored);
}

/** Saves the page's claims from its popup: under the suggested incident, or a new one with this title. */
export async function saveFromPopup(session: Session, page: Page, newIncidentTitle: string | null): Promise<string> {
  const popup = await openPopupFor(session, page);
  const form = popup.getByRole('form', { name: 'Save claims to database' });
  await form.getByRole('button', { name: 'Save claims' }).waitFor();
  if (newIncidentTitle !== null) {
    await form.getByLabel('Incident', { exact: true }).selectOption({ label: 'New incident…' });
    await form.getByLabel('New incident title').fill(newIncidentTitle);
  }
  await form.getByRole('button', { name: 'Save claims' }).click();
  const outcome = form.getByText(/claims? saved/);
  await outcome.waitFor();
  const text = await outcome.innerText();
  await popup.close();
  return text;
}
