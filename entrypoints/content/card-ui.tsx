import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ClaimCard } from '../../components/claim-card';
import type { CorrectMatch } from '../../components/match-list';
import type { ClaimReport } from '../../lib/model/page-claim';

const cardGap = 8;
const cardWidth = 360;

/** The claim card in its own shadow root, placed under the claim it describes. */
export interface CardUi {
  show(report: ClaimReport, anchor: Range, returnFocusTo: HTMLElement | null): void;
  hide(): void;
  isOpen(): boolean;
  contains(node: Node | null): boolean;
}

export async function createCardUi(ctx: ContentScriptContext, onCorrectMatch: CorrectMatch): Promise<CardUi> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'crosscheck-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount: (container) => createRoot(container),
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  // Styles go on the container inside the shadow root: WXT resets the host with `all: initial !important`.
  const host = ui.uiContainer;
  Object.assign(host.style, { position: 'absolute', zIndex: '2147483647', display: 'none' });
  const hide = () => {
    host.style.display = 'none';
    ui.mounted?.render(null);
  };
  return {
    show(report, anchor, returnFocusTo) {
      const rect = anchor.getBoundingClientRect();
      const left = Math.max(cardGap, Math.min(rect.left, window.innerWidth - cardWidth - cardGap));
      Object.assign(host.style, { display: 'block', top: `${rect.bottom + window.scrollY + cardGap}px`, left: `${left + window.scrollX}px` });
      ui.mounted?.render(
        <ClaimCard key={report.claim.id} report={report} onClose={hide} onCorrectMatch={onCorrectMatch} returnFocusTo={returnFocusTo} />,
      );
      requestAnimationFrame(() => flipAboveWhenCut(host, rect));
    },
    hide,
    isOpen: () => host.style.display !== 'none',
    contains: (node) => node !== null && ui.shadowHost.contains(node),
  };
}

/** Moves the card above its claim when it would run off the bottom of the window and fits above. */
function flipAboveWhenCut(card: HTMLElement, claim: DOMRect): void {
  const height = card.getBoundingClientRect().height;
  const cutBelow = claim.bottom + cardGap + height > window.innerHeight;
  if (cutBelow && claim.top - cardGap - height >= 0) card.style.top = `${claim.top + window.scrollY - cardGap - height}px`;
}
