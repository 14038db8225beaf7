import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageToolbar } from '../../components/page-toolbar';
import type { ClaimReport } from '../../lib/model/page-claim';

/** The corner bar with the page's claim counts and previous/next buttons. */
export interface ToolbarUi {
  update(reports: readonly ClaimReport[], current: number | null): void;
  contains(node: Node | null): boolean;
}

export async function createToolbarUi(ctx: ContentScriptContext, onStep: (direction: 1 | -1) => void): Promise<ToolbarUi> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'crosscheck-toolbar',
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
  Object.assign(host.style, { position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483646', display: 'none' });
  let hidden = false;
  const hide = () => {
    hidden = true;
    host.style.display = 'none';
  };
  return {
    update(reports, current) {
      host.style.display = hidden || reports.length === 0 ? 'none' : 'block';
      ui.mounted?.render(<PageToolbar reports={reports} current={current} onStep={onStep} onHide={hide} />);
    },
    contains: (node) => node !== null && ui.shadowHost.contains(node),
  };
}
