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
    permissions: ['storage', 'sidePanel', 'tabs'],
    action: { default_title: 'Crosscheck' },
  },
  webExt: {
    binaries: existsSync(debianChromium) ? { chrome: debianChromium } : undefined,
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});
