import { backgroundCalls } from '../../lib/messages/background-calls';
import { contentCalls } from '../../lib/messages/content-calls';
import { createCaller } from '../../lib/messages/caller';

/** Calls the background from an extension page. */
export const callBackground = createCaller(backgroundCalls, (message) => browser.runtime.sendMessage(message));

/** Calls the content script of one tab. */
export function contentOf(tabId: number) {
  return createCaller(contentCalls, (message) => browser.tabs.sendMessage(tabId, message));
}

/** The tab the popup or side panel speaks for: `?tabId=` when given, else the active tab of this window. */
export async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
