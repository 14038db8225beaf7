import { startPageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startPageSession(ctx);
  },
});
