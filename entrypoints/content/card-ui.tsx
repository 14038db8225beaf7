import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ClaimCard } from '../../components/claim-card';
import type { RevealClaim } from '../../components/match-item';
import type { CorrectMatch } from '../../components/match-list';
import type { ClaimReport } from '../../lib/model/page-claim';
import { mountShadowUi } from './shadow-ui';

const cardGap = 8;
const cardWidth = 360;

/** The claim card in its own shadow root, placed under the claim it describes. */
export interface CardUi {
  show(report: ClaimReport, anchor: Range, returnFocusTo: HTMLElement | null): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
}

/** `onReveal` jumps to a source that is another claim of this page. */
export async function createCardUi(ctx: ContentScriptContext, onCorrectMatch: CorrectMatch, onReveal: RevealClaim): Promise<CardUi> {
  const { root, container, contains } = await mountShadowUi(ctx, 'crosscheck-card', {
    position: 'absolute',
    zIndex: '2147483647',
    display: 'none',
  });
  const hide = () => {
    container.style.display = 'none';
    root.render(null);
  };
  return {
    show(report, anchor, returnFocusTo) {
      const rect = anchor.getBoundingClientRect();
      const left = Math.max(cardGap, Math.min(rect.left, window.innerWidth - cardWidth - cardGap));
      Object.assign(container.style, { display: 'block', top: `${rect.bottom + window.scrollY + cardGap}px`, left: `${left + window.scrollX}px` });
      root.render(
        <ClaimCard
          key={report.claim.id}
          report={report}
          onClose={hide}
          onCorrectMatch={onCorrectMatch}
          onReveal={onReveal}
          returnFocusTo={returnFocusTo}
        />,
      );
      requestAnimationFrame(() => flipAboveWhenCut(container, rect));
    },
    hide,
    isOpen: () => container.style.display !== 'none',
    contains,
  };
}

/** Moves the card above its claim when it would run off the bottom of the window and fits above. */
function flipAboveWhenCut(card: HTMLElement, claim: DOMRect): void {
  const height = card.getBoundingClientRect().height;
  const cutBelow = claim.bottom + cardGap + height > window.innerHeight;
  if (cutBelow && claim.top - cardGap - height >= 0) card.style.top = `${claim.top + window.scrollY - cardGap - height}px`;
}
