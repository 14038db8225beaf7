import { reasonNote } from '../lib/export/reason-wording';
import type { Reason } from '../lib/model/stance';
import { reasonKindLabels } from './labels';

function Side({ label, words, side }: { label: string; words: string; side: 'claim' | 'evidence' }) {
  return (
    <div className="min-w-0 flex-1" data-side={side}>
      <div className="text-[10px] uppercase tracking-wide text-gray-500">{label}</div>
      <div className="break-words text-gray-900" data-words>{words ? `“${words}”` : '—'}</div>
    </div>
  );
}

function ReasonItem({ reason }: { reason: Reason }) {
  const note = reasonNote(reason);
  return (
    <li className="rounded-sm bg-gray-50 p-1.5 text-xs" data-reason-kind={reason.kind}>
      <span data-reason-label className="inline-block rounded-sm bg-gray-200 px-1 text-[11px] font-semibold text-gray-800">
        {reasonKindLabels[reason.kind]}
      </span>
      <div className="mt-1 flex items-start gap-1.5">
        <Side label="This claim" words={reason.claimSide} side="claim" />
        <span aria-label="versus" className="pt-3 text-gray-500">
          ↔
        </span>
        <Side label="Other source" words={reason.evidenceSide} side="evidence" />
      </div>
      {note ? <p data-reason-note className="mt-1 text-gray-600">{note}</p> : null}
    </li>
  );
}

/** Why a source relates as it does: each reason's kind, then the words on each side, side by side; no raw scores. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="mt-1.5 flex flex-col gap-1.5" aria-label="Reasons">
      {reasons.map((reason, index) => (
        <ReasonItem key={index} reason={reason} />
      ))}
    </ul>
  );
}
