import { backgroundCalls } from '../../lib/messages/background-calls';
import { createCaller } from '../../lib/messages/caller';
import { contentCalls, type ContentCalls } from '../../lib/messages/content-calls';
import { createRouter, type Handlers } from '../../lib/messages/router';
import { analyzePage } from './analyze-call';

/**
 * The content script's messaging, validated with zod on receipt: built into
 * the page-calls script, which the content script loads on demand (see
 * page-scripts.ts) so that zod's setup is a task of its own.
 */
export const pageCalls = {
  analyzePage,
  callBackground: createCaller(backgroundCalls, (message) => browser.runtime.sendMessage(message)),
  /** The router for calls from the popup, side panel and background; null answers messages that are not Crosscheck's. */
  contentRouter: (handlers: Handlers<ContentCalls, null>) => createRouter(contentCalls, handlers, () => null),
};
export type PageCalls = typeof pageCalls;
