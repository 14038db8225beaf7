import { pageCalls } from './content/page-calls';
import { registerPageScript } from './content/page-scripts';

/**
 * The content script's validated messaging, injected by the background into a
 * tab's isolated world when the content script asks (see
 * entrypoints/content/page-scripts.ts).
 */
export default defineUnlistedScript(() => {
  registerPageScript('page-calls', pageCalls);
});
