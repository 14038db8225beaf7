import { useRef, useState, type ChangeEvent } from 'react';
import type { ExportFormat } from '../lib/messages/background-calls';
import { smallButtonClass } from './class-names';
import { countOf } from './display';
import { Feedback } from './feedback';

/** What the last import brought in, as the background counted it. */
export interface ImportOutcome {
  incidents: number;
  sources: number;
  claims: number;
}

export interface TransferPanelProps {
  onExport: (format: ExportFormat) => void;
  /** The newsroom that signs a ClaimReview export, as typed so far. */
  newsroom: string;
  onNewsroomChange: (name: string) => void;
  /** Gets the chosen file's text; the background validates it. */
  onImport: (text: string, filename: string) => void;
  /** Shown when the last import was refused, e.g. a malformed file. */
  importError?: string | null;
  importOutcome?: ImportOutcome | null;
  /** Exports need claims on the page; import stays available. */
  exportDisabled?: boolean;
}

/** Larger files are refused here, before reading them into memory. */
export const maxImportBytes = 50_000_000;

const importAccept = '.json,.jsonld,application/json,application/ld+json';

const exportButtons: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'jsonld', label: 'Web Annotation (JSON-LD)' },
  { format: 'csv', label: 'CSV' },
  { format: 'claimreview', label: 'ClaimReview' },
];

function importOutcomeText({ incidents, sources, claims }: ImportOutcome): string {
  return `Imported ${countOf(claims, 'claim')}, ${countOf(sources, 'source')}, ${countOf(incidents, 'incident')}.`;
}

/** Reads the picked file's text and hands it on; refuses oversized files with a message. */
function useFileImport(onImport: TransferPanelProps['onImport']) {
  const [readError, setReadError] = useState<string | null>(null);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > maxImportBytes) {
      setReadError(`${file.name} is too large to import (over ${maxImportBytes / 1_000_000} MB).`);
      return;
    }
    try {
      const text = await file.text();
      setReadError(null);
      onImport(text, file.name);
    } catch {
      setReadError(`${file.name} could not be read.`);
    }
  };
  return { readError, onChange };
}

/** Export buttons for the page's annotations, and an import of a saved file. */
export function TransferPanel(props: TransferPanelProps) {
  const { onExport, onImport, importError, importOutcome, newsroom, onNewsroomChange, exportDisabled = false } = props;
  const { readError, onChange } = useFileImport(onImport);
  const fileInput = useRef<HTMLInputElement>(null);
  const error = readError ?? importError;
  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <h2 className="font-semibold text-gray-900">Export and import</h2>
      <label className="flex flex-col gap-0.5 text-xs text-gray-700">
        Your newsroom (signs ClaimReview exports)
        <input
          type="text"
          value={newsroom}
          maxLength={200}
          placeholder="e.g. The Coastline Times"
          onChange={(event) => onNewsroomChange(event.currentTarget.value)}
          className="rounded border border-gray-300 px-1.5 py-0.5 text-sm text-gray-900"
        />
      </label>
      <div role="group" aria-label="Export annotations" className="flex flex-wrap gap-1">
        {exportButtons.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            disabled={exportDisabled}
            onClick={() => onExport(format)}
            className={smallButtonClass}
          >
            Export {label}
          </button>
        ))}
      </div>
      <div>
        <button type="button" onClick={() => fileInput.current?.click()} className={smallButtonClass}>
          Import file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={importAccept}
          aria-label="Import file"
          onChange={onChange}
          className="sr-only"
          tabIndex={-1}
        />
      </div>
      <Feedback
        done={importOutcome ? importOutcomeText(importOutcome) : null}
        error={error ? `Import failed: ${error}` : null}
      />
    </div>
  );
}
