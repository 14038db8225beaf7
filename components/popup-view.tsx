import { ReportSections, type ReportViewProps } from './report-view';
import { StatusLegend } from './status-legend';

export interface PopupViewProps extends ReportViewProps {
  /** Offered when the browser has a side panel to open. */
  onOpenSidePanel?: () => void;
}

/** The toolbar popup: compact, with the legend folded away. */
export function PopupView({ onOpenSidePanel, ...report }: PopupViewProps) {
  return (
    <main className="flex w-[400px] flex-col gap-3 bg-white p-3 font-sans text-gray-900">
      <header className="flex items-center justify-between gap-2">
        <h1 className="text-base font-bold">Crosscheck</h1>
        {onOpenSidePanel ? (
          <button type="button" onClick={onOpenSidePanel} className="text-xs text-blue-800 underline">
            Open in side panel
          </button>
        ) : null}
      </header>
      <details className="text-xs">
        <summary className="cursor-pointer text-gray-700">What the highlights mean</summary>
        <div className="mt-1">
          <StatusLegend />
        </div>
      </details>
      <ReportSections {...report} roomy={false} />
    </main>
  );
}
