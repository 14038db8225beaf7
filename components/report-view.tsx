import { ClaimList } from './claim-list';
import type { CorrectMatch } from './match-list';
import type { PageState } from './page-state';
import { PageStateMessage } from './page-state-message';
import { SavePanel, type SavePanelProps } from './save-panel';
import { TransferPanel, type TransferPanelProps } from './transfer-panel';

/** Everything the popup and the side panel show; the lead fills it from the tab's report. */
export interface ReportViewProps {
  state: PageState;
  onReveal: (claimId: string) => void;
  onCorrectMatch: CorrectMatch;
  save: Omit<SavePanelProps, 'disabled'>;
  transfer: Omit<TransferPanelProps, 'exportDisabled'>;
}

/** The claims (or why there are none), then saving, then export and import. */
export function ReportSections(props: ReportViewProps & { roomy: boolean }) {
  const { state, onReveal, onCorrectMatch, save, transfer, roomy } = props;
  const hasClaims = state.kind === 'ready' && state.reports.length > 0;
  return (
    <>
      <section aria-label="Claims on this page">
        {state.kind !== 'ready' ? (
          <PageStateMessage state={state} />
        ) : hasClaims ? (
          <ClaimList
            reports={state.reports}
            onReveal={onReveal}
            onCorrectMatch={onCorrectMatch}
            expandMatches={roomy}
          />
        ) : (
          <PageStateMessage state={{ kind: 'no-claims' }} />
        )}
      </section>
      <section className="border-t border-solid border-gray-200 pt-3">
        <SavePanel {...save} disabled={!hasClaims} />
      </section>
      <section className="border-t border-solid border-gray-200 pt-3">
        <TransferPanel {...transfer} exportDisabled={!hasClaims} />
      </section>
    </>
  );
}
