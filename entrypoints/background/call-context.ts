import type { CallContext } from '../../lib/handlers/services';

/**
 * Who sent a runtime message: one of the extension's own pages (popup, side
 * panel, or either opened in a tab), or a content script in a tab's top frame.
 * Anything else (another extension, a sub-frame) gets null and no answer.
 */
export function callContextOf(sender: Browser.runtime.MessageSender): CallContext | null {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return { kind: 'extension-page', tabId: null };
  if (sender.tab?.id !== undefined && sender.frameId === 0) return { kind: 'content', tabId: sender.tab.id };
  return null;
}
