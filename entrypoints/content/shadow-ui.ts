import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
// Inlined into the page UI's script rather than fetched: the card's styles arrive with it, and no extension file has to be web-accessible.
import tailwindCss from '../../assets/tailwind.css?inline';

/** A React root in its own shadow root at the end of the page's body, where page CSS cannot reach it. */
export interface ShadowUi {
  root: Root;
  /** The element inside the shadow root to position: WXT resets the host with `all: initial !important`. */
  container: HTMLElement;
  contains(node: Node | null): boolean;
}

export async function mountShadowUi(ctx: ContentScriptContext, name: string, style: Partial<CSSStyleDeclaration>): Promise<ShadowUi> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name,
    css: tailwindCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount: (container) => createRoot(container),
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  Object.assign(ui.uiContainer.style, style);
  return {
    root: ui.mounted!,
    container: ui.uiContainer,
    contains: (node) => node !== null && ui.shadowHost.contains(node),
  };
}
