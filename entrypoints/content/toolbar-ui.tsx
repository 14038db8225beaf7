import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageToolbar } from '../../components/page-toolbar';
import type { ClaimReport } from '../../lib/model/page-claim';
import { mountShadowUi } from './shadow-ui';

/** The corner bar with the page's claim counts and previous/next buttons. */
export interface ToolbarUi {
  update(reports: readonly ClaimReport[], current: number | null): void;
  contains(node: Node | null): boolean;
}

export async function createToolbarUi(ctx: ContentScriptContext, onStep: (direction: 1 | -1) => void): Promise<ToolbarUi> {
  const { root, container, contains } = await mountShadowUi(ctx, 'crosscheck-toolbar', {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    zIndex: '2147483646',
    display: 'none',
  });
  let hidden = false;
  const hide = () => {
    hidden = true;
    container.style.display = 'none';
  };
  return {
    update(reports, current) {
      container.style.display = hidden || reports.length === 0 ? 'none' : 'block';
      root.render(<PageToolbar reports={reports} current={current} onStep={onStep} onHide={hide} />);
    },
    contains,
  };
}
