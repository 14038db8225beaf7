import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ClaimReport } from '../lib/model/page-claim';
import { speakerName } from './display';
import { ClaimSummary } from './claim-summary';
import type { RevealClaim } from './match-item';
import { MatchList, type CorrectMatch } from './match-list';

// px sizes: in the page's shadow root, rem would follow the news site's root font size.
const cardClass =
  'flex max-h-[448px] w-[360px] max-w-[calc(100vw-16px)] flex-col rounded-lg border border-solid border-gray-300 ' +
  'bg-white font-sans text-sm leading-normal text-gray-900 shadow-lg outline-none';

export interface ClaimCardProps {
  report: ClaimReport;
  onClose: () => void;
  onCorrectMatch: CorrectMatch;
  /** Jumps to a source that is another claim of this page (and opens its card). */
  onReveal?: RevealClaim;
  /** Where focus goes back on close; defaults to whatever held focus when the card opened. */
  returnFocusTo?: HTMLElement | null;
}

/** The deepest focused element, looking inside shadow roots (the card itself lives in one). */
function focusedElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Moves focus into the card on open and back where it was on close. */
function useFocusReturn(returnFocusTo: HTMLElement | null | undefined) {
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = returnFocusTo ?? focusedElement(dialog.ownerDocument);
    dialog.focus();
    return () => previous?.focus();
  }, [returnFocusTo]);
  return dialogRef;
}

/**
 * The card shown beside a highlighted claim: who said it, its status, and which
 * sources agree or contradict and why. Escape or the close button closes it.
 */
export function ClaimCard({ report, onClose, onCorrectMatch, onReveal, returnFocusTo }: ClaimCardProps) {
  const dialogRef = useFocusReturn(returnFocusTo);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-label={`Claim by ${speakerName(report.claim.attribution)}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className={cardClass}
    >
      <div className="flex items-start gap-2 border-b border-solid border-gray-200 p-3">
        <div className="min-w-0 flex-1">
          <ClaimSummary report={report} />
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="rounded-sm px-1.5 text-lg leading-none text-gray-600 hover:bg-gray-100 hover:text-gray-900"
        >
          ×
        </button>
      </div>
      <div className="overflow-y-auto p-3">
        <MatchList claimId={report.claim.id} matches={report.matches} onCorrectMatch={onCorrectMatch} onReveal={onReveal} />
      </div>
    </div>
  );
}
