import { backgroundCalls, type BackgroundCallName, type BackgroundCalls } from '../messages/background-calls';
import type { Handlers } from '../messages/router';
import { keepValid } from '../db/read-valid';
import { incidentSchema } from '../model/incident';
import { correctMatch } from './correct-match';
import { exportAnnotations } from './export-annotations';
import { forgetPage } from './forget-page';
import { importFile } from './import-file';
import { analyzePage } from './analyze-page';
import { saveClaims } from './save-claims';
import type { BackgroundServices, CallContext } from './services';

/**
 * The background's answer to every call in `backgroundCalls`. `ready` is
 * awaited first, so no call sees the database before the demo set is in.
 */
export function createBackgroundHandlers(
  services: BackgroundServices,
  ready: Promise<void>,
): Handlers<BackgroundCalls, CallContext> {
  return {
    analyzePage: async (request, context) => {
      await ready;
      return analyzePage(services, request, requireTab(context));
    },
    getTabReport: async (request) => services.tabReports.get(request.tabId),
    listIncidents: async () => {
      await ready;
      const { rows } = keepValid(incidentSchema, await services.db.incidents.toArray());
      return rows.sort((a, b) => b.dateStart.localeCompare(a.dateStart));
    },
    saveClaims: async (request) => {
      await ready;
      return saveClaims(services, request);
    },
    forgetPage: async (request) => forgetPage(services, request),
    correctMatch: async ({ tabId, ...correction }) => correctMatch(services, tabId, correction),
    correctMatchOnPage: async (request, context) => correctMatch(services, requireTab(context), request),
    exportAnnotations: async (request) => exportAnnotations(services, request),
    importFile: async (request) => {
      await ready;
      return importFile(services, request);
    },
  };
}

/** Refuses a call from the wrong kind of sender: a web page's content script cannot save, import or export. */
export function authorizeCall(type: BackgroundCallName, context: CallContext): string | null {
  const allowed = backgroundCalls[type].caller;
  return allowed === context.kind ? null : `${type} may only be sent by the extension's ${allowed === 'content' ? 'content script' : 'own pages'}`;
}

function requireTab(context: CallContext): number {
  if (context.tabId === null) throw new Error('this call comes from a tab');
  return context.tabId;
}
