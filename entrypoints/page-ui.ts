import { createCardUi } from './content/card-ui';
import { registerPageScript } from './content/page-scripts';
import { createToolbarUi } from './content/toolbar-ui';

/**
 * The content script's card and corner bar, injected by the background into a
 * tab's isolated world when the content script first has claims to show (see
 * entrypoints/content/page-scripts.ts).
 */
export default defineUnlistedScript(() => {
  registerPageScript('page-ui', { createCardUi, createToolbarUi });
});
