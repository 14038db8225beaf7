import type { SourceKind } from '../lib/model/source-kind';
import { sourceKindLabels } from './labels';

interface SpeakerLineProps {
  name: string;
  kind: SourceKind;
  /** Whom the speaker cites ("local sources"), when anyone. */
  via?: string | null;
}

/** The speaker's name, a badge with what kind of party it is, and whom it cites. */
export function SpeakerLine({ name, kind, via }: SpeakerLineProps) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5 gap-y-0.5">
      <span className="font-semibold text-gray-900">{name}</span>
      <span className="rounded-sm bg-gray-100 px-1 text-[11px] uppercase tracking-wide text-gray-700">
        {sourceKindLabels[kind]}
      </span>
      {via ? <span className="text-xs text-gray-600">citing {via}</span> : null}
    </span>
  );
}
