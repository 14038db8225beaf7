import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { ReportPanel } from '../popup/report-panel';
import { targetTabId } from '../popup/messaging';

/** The side panel stays open while the user switches tabs: it follows the active one. */
function FollowActiveTab() {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    void targetTabId().then(setTabId);
    const follow = ({ tabId: activated }: { tabId: number }) => setTabId(activated);
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  return <ReportPanel key={tabId ?? 'none'} tabId={tabId} variant="sidepanel" />;
}

createRoot(document.getElementById('root')!).render(<FollowActiveTab />);
