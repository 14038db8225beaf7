import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// Debian's Chromium, where present, so `npm run dev` needs no downloaded browser.
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: 'Crosscheck',
    description: 'Highlights who said what in a news report and shows which sources agree or contradict, all on your machine.',
    // scripting, on the hosts the content script runs on: the background injects the page-calls and page-ui
    // scripts into a tab when its content script asks (entrypoints/content/page-scripts.ts).
    permissions: ['storage', 'sidePanel', 'tabs', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Crosscheck' },
  },
  webExt: {
    binaries: existsSync(debianChromium) ? { chrome: debianChromium } : undefined,
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});
