import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { ReportPanel } from '../popup/report-panel';
import { targetTabId } from '../popup/messaging';

/**
 * The side panel stays open while the user switches tabs and follows links:
 * it shows the active tab, and starts over when that tab loads a new page.
 */
function FollowActiveTab() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [load, setLoad] = useState(0);
  useEffect(() => {
    void targetTabId().then(setTabId);
    const follow = ({ tabId: activated }: { tabId: number }) => setTabId(activated);
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  useEffect(() => {
    const reload = (updated: number, change: { status?: string }) => {
      if (updated === tabId && change.status === 'complete') setLoad((count) => count + 1);
    };
    browser.tabs.onUpdated.addListener(reload);
    return () => browser.tabs.onUpdated.removeListener(reload);
  }, [tabId]);
  return <ReportPanel key={`${tabId ?? 'none'}:${load}`} tabId={tabId} variant="sidepanel" />;
}

createRoot(document.getElementById('root')!).render(<FollowActiveTab />);
