import type { CallContext } from '../../lib/handlers/services';

/**
 * Who sent a runtime message: a content script in a tab's top frame, or one of
 * the extension's own pages. Anything else (another extension, a sub-frame, a
 * page without a tab) gets null and no answer.
 */
export function callContextOf(sender: Browser.runtime.MessageSender): CallContext | null {
  if (sender.id !== browser.runtime.id) return null;
  if (sender.tab?.id !== undefined) {
    return sender.frameId === 0 ? { kind: 'content', tabId: sender.tab.id } : null;
  }
  const ownPages = browser.runtime.getURL('/');
  return sender.url?.startsWith(ownPages) ? { kind: 'extension-page', tabId: null } : null;
}
