import { z } from 'zod';
import { callContextOf } from './call-context';

/** Scripts a tab's content script may have injected into its own frame, by WXT entrypoint name. */
const pageScripts = ['page-calls', 'page-ui'] as const;

/**
 * A content script's request to inject one of {@link pageScripts}: code too
 * heavy to evaluate at the page's startup (see entrypoints/content/page-scripts.ts).
 * It has a channel of its own, so the call router ignores it.
 */
export const pageScriptRequestSchema = z.object({
  channel: z.literal('crosscheck-page-script'),
  script: z.enum(pageScripts),
});
export type PageScriptRequest = z.infer<typeof pageScriptRequestSchema>;

/**
 * Injects the requested script into the top frame of the sender's tab, in the
 * extension's isolated world beside the content script, and answers once it
 * has run (true) or failed (false). Other messages and senders get no answer.
 */
export function answerPageScriptRequests(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const request = pageScriptRequestSchema.safeParse(message);
    const context = request.success ? callContextOf(sender) : null;
    if (!request.success || context?.kind !== 'content' || context.tabId === null) return undefined;
    browser.scripting
      .executeScript({ target: { tabId: context.tabId, frameIds: [0] }, files: [`/${request.data.script}.js`] })
      .then(
        () => sendResponse(true),
        (error: unknown) => {
          console.error(`Crosscheck could not inject ${request.data.script}:`, error);
          sendResponse(false);
        },
      );
    return true;
  });
}
