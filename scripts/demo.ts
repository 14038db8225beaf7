import { resolve } from 'node:path';
import { serveStatic } from './serve/static-server';
import { launchWithExtension } from './browser/launch-chromium';

/** The port the bundled demo set's article links point at. */
const demoPort = 5178;
const demoRoot = resolve(import.meta.dirname, '..', 'public', 'demo');

async function main(): Promise<void> {
  const server = await serveStatic([demoRoot], demoPort).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EADDRINUSE' ? `port ${demoPort} is busy: is another demo running?` : error.message);
  });
  const headless = !process.env.DISPLAY && process.platform === 'linux';
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  const start = `http://localhost:${demoPort}/`;
  await page.goto(start);
  console.log(`Demo articles: ${start}`);
  console.log('Open an article, click a highlighted claim, or click the Crosscheck button in the toolbar.');
  if (headless) await reportHeadless(page);
  else console.log('Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    server.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  browser.context.once('close', () => server.close());
}

/** Without a display there is no window to show: say so, and show what the extension found instead. */
async function reportHeadless(page: import('playwright-core').Page): Promise<void> {
  console.log('No display found, so Chromium runs headless. What Crosscheck found on the first article:');
  const link = await page.locator('a[href*="articles/"]').first().getAttribute('href');
  if (!link) return;
  await page.goto(new URL(link, page.url()).href);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('crosscheck-')), null, { timeout: 20_000 });
  const counts = await page.evaluate(() =>
    [...CSS.highlights.entries()].map(([name, highlight]) => `${name}: ${highlight.size}`),
  );
  console.log(counts.join('\n'));
  console.log('Press Ctrl+C to stop the demo server.');
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
