import { ReportSections, type ReportViewProps } from './report-view';
import { StatusLegend } from './status-legend';

export type SidePanelViewProps = ReportViewProps;

/** The side panel: the popup's content with room to breathe, the legend always shown and every claim's sources open. */
export function SidePanelView(props: SidePanelViewProps) {
  return (
    <main className="flex min-h-screen flex-col gap-4 bg-white p-4 font-sans text-gray-900">
      <header className="flex flex-col gap-2">
        <h1 className="text-lg font-bold">Crosscheck</h1>
        <StatusLegend />
      </header>
      <ReportSections {...props} roomy />
    </main>
  );
}
