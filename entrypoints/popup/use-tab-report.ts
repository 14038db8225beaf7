import { useCallback, useEffect, useState } from 'react';
import type { TabReport } from '../../lib/model/tab-report';
import type { PageState } from '../../components/page-state';
import { callBackground, contentOf } from './messaging';

const pollEveryMs = 400;
const giveUpAfterMs = 20_000;
const unreadable =
  'Crosscheck cannot read this page. Browser pages and the extension store are off limits; a page opened before Crosscheck was installed needs a reload.';

function stateOf(report: TabReport): PageState {
  return report.articleFound ? { kind: 'ready', reports: report.reports } : { kind: 'no-article' };
}

/**
 * The tab's report as the background holds it. When there is none yet, asks the
 * tab's content script to analyse the page and polls until the report arrives.
 */
export function useTabReport(tabId: number | null) {
  const [report, setReport] = useState<TabReport | null>(null);
  const [state, setState] = useState<PageState>({ kind: 'working' });

  const show = useCallback((next: TabReport) => {
    setReport(next);
    setState(stateOf(next));
  }, []);

  useEffect(() => {
    if (tabId === null) {
      setState({ kind: 'error', message: 'No tab to check.' });
      return;
    }
    let cancelled = false;
    const started = Date.now();
    const poll = async (asked: boolean): Promise<void> => {
      const found = await callBackground('getTabReport', { tabId });
      if (cancelled) return;
      if (found) return show(found);
      if (!asked) {
        const reachable = await contentOf(tabId)('reanalyzePage', {}).then(() => true, () => false);
        if (!reachable) return setState({ kind: 'error', message: unreadable });
      }
      if (Date.now() - started > giveUpAfterMs) return setState({ kind: 'error', message: 'The page took too long to analyse.' });
      setTimeout(() => void poll(true), pollEveryMs);
    };
    poll(false).catch((error: unknown) => !cancelled && setState({ kind: 'error', message: String((error as Error).message ?? error) }));
    return () => {
      cancelled = true;
    };
  }, [tabId, show]);

  return { report, state, show };
}
