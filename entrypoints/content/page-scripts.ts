import type { PageScriptRequest } from '../background/page-scripts';
import type { createCardUi } from './card-ui';
import type { PageCalls } from './page-calls';
import type { createToolbarUi } from './toolbar-ui';

/**
 * What each script injected on demand hands to the content script. Evaluated
 * with the content script at startup, zod with every message schema and React
 * with the views held the page in one task of over 100 ms; as scripts of their
 * own (entrypoints/page-calls.ts, entrypoints/page-ui.ts) each is a short task
 * of its own, and the card's is loaded only on pages with claims to show.
 */
export interface PageScripts {
  /** Messages to and from the background, validated with zod. */
  'page-calls': PageCalls;
  /** The claim card and the corner bar: React, the views and Tailwind's CSS. */
  'page-ui': { createCardUi: typeof createCardUi; createToolbarUi: typeof createToolbarUi };
}
type ScriptName = PageScriptRequest['script'] & keyof PageScripts;

/** Where injected scripts leave what they export: a global of the extension's isolated world, which the page cannot see. */
const registryKey = 'crosscheckPageScripts';
type Registry = typeof globalThis & { [registryKey]?: Partial<PageScripts> };

const loading = new Map<ScriptName, Promise<unknown>>();

/** Called by an injected script to hand its exports to the content script. */
export function registerPageScript<N extends ScriptName>(name: N, exports: PageScripts[N]): void {
  const registry = globalThis as Registry;
  registry[registryKey] = { ...registry[registryKey], [name]: exports };
}

/** A script's exports, asking the background to inject it the first time; rejects when it cannot be loaded. */
export function loadPageScript<N extends ScriptName>(name: N): Promise<PageScripts[N]> {
  let load = loading.get(name) as Promise<PageScripts[N]> | undefined;
  if (!load) {
    load = injectPageScript(name);
    loading.set(name, load);
    // A failed load (the extension was reloaded, say) may be tried again on the next call.
    load.catch(() => loading.delete(name));
  }
  return load;
}

async function injectPageScript<N extends ScriptName>(name: N): Promise<PageScripts[N]> {
  const registered = () => (globalThis as Registry)[registryKey]?.[name] as PageScripts[N] | undefined;
  if (!registered()) {
    const request: PageScriptRequest = { channel: 'crosscheck-page-script', script: name };
    await browser.runtime.sendMessage(request);
  }
  const exports = registered();
  if (!exports) throw new Error(`Crosscheck's ${name} script could not be loaded`);
  return exports;
}
