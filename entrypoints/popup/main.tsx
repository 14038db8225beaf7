import { createRoot } from 'react-dom/client';
import '../../assets/tailwind.css';
import { ReportPanel } from './report-panel';
import { targetTabId } from './messaging';

void targetTabId().then((tabId) => {
  createRoot(document.getElementById('root')!).render(<ReportPanel tabId={tabId} variant="popup" />);
});
