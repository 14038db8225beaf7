import { useCallback, useEffect, useState } from 'react';
import { PopupView } from '../../components/popup-view';
import { SidePanelView } from '../../components/side-panel-view';
import type { ReportViewProps } from '../../components/report-view';
import type { IncidentChoice, SaveOutcome } from '../../components/save-panel';
import type { ImportOutcome } from '../../components/transfer-panel';
import type { ExportFormat, SaveTarget } from '../../lib/messages/background-calls';
import type { Relation } from '../../lib/model/stance';
import { callBackground, contentOf } from './messaging';
import { downloadText } from './download';
import { readNewsroomName, writeNewsroomName } from './newsroom-name';
import { useTabReport } from './use-tab-report';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wires the popup's or side panel's view to the background and the tab, through typed calls only. */
export function ReportPanel({ tabId, variant }: { tabId: number | null; variant: 'popup' | 'sidepanel' }) {
  const { report, state, show } = useTabReport(tabId);
  const [incidents, setIncidents] = useState<IncidentChoice[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveOutcome, setSaveOutcome] = useState<SaveOutcome | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [newsroom, setNewsroom] = useState(readNewsroomName);
  const onNewsroomChange = (name: string) => {
    setNewsroom(name);
    writeNewsroomName(name);
  };

  const loadIncidents = useCallback(() => {
    callBackground('listIncidents', {}).then(setIncidents, (error: unknown) => setSaveError(messageOf(error)));
  }, []);
  useEffect(loadIncidents, [loadIncidents]);

  const onSave = async (target: SaveTarget) => {
    if (tabId === null) return;
    setSaving(true);
    setSaveError(null);
    try {
      const { added, unchanged } = await callBackground('saveClaims', { tabId, target });
      setSaveOutcome({ added, unchanged });
      loadIncidents();
    } catch (error) {
      setSaveError(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const onCorrectMatch = (claimId: string, otherId: string, relation: Relation) => {
    if (tabId === null) return;
    callBackground('correctMatch', { tabId, claimId, otherId, relation }).then(show, (error: unknown) => setSaveError(messageOf(error)));
  };

  const onExport = async (format: ExportFormat) => {
    if (tabId === null) return;
    try {
      const file = await callBackground('exportAnnotations', { tabId, format, newsroom: newsroom.trim() || undefined });
      downloadText(file.filename, file.mimeType, file.content);
    } catch (error) {
      setImportError(messageOf(error));
    }
  };

  const onImport = async (text: string, filename: string) => {
    setImportError(null);
    setImportOutcome(null);
    try {
      const outcome = await callBackground('importFile', { text, filename });
      setImportOutcome(outcome);
      loadIncidents();
    } catch (error) {
      setImportError(messageOf(error));
    }
  };

  const props: ReportViewProps = {
    state,
    onReveal: (claimId) => void (tabId !== null && contentOf(tabId)('revealClaim', { claimId }).catch(() => undefined)),
    onCorrectMatch,
    save: {
      incidents,
      suggestedIncidentId: report?.suggestedIncidentId ?? null,
      defaultNewTitle: report?.page.title ?? '',
      onSave: (target) => void onSave(target),
      saving,
      outcome: saveOutcome,
      error: saveError,
    },
    transfer: { onExport: (format) => void onExport(format), onImport: (text, name) => void onImport(text, name), importError, importOutcome, newsroom, onNewsroomChange },
  };
  if (variant === 'sidepanel') return <SidePanelView {...props} />;
  const openSidePanel = tabId !== null && browser.sidePanel ? () => void browser.sidePanel.open({ tabId }).then(() => window.close()) : undefined;
  return <PopupView {...props} onOpenSidePanel={openSidePanel} />;
}
