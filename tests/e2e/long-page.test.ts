import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrigin, readHighlights, startSession, waitForHighlights, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe('a 10,000-word article', () => {
  it('is highlighted without holding the main thread in long tasks', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const durations: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = durations;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${demoOrigin}/long-article.html`);
    const loaded = await page.evaluate(() => performance.now());
    await waitForHighlights(page);
    const painted = await page.evaluate(() => performance.now());
    const claims = Object.entries(await readHighlights(page))
      .filter(([name]) => name !== 'crosscheck-speaker')
      .flatMap(([, ranges]) => ranges);
    const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
    console.log(`long article: ${claims.length} claims highlighted ${Math.round(painted - loaded)} ms after load; long tasks (ms): ${longTasks.map(Math.round).join(', ') || 'none'}`);
    expect(claims.length).toBeGreaterThan(100);
    // Page load itself (parsing 80 kB of HTML) may take one long task; the extension's slices must not add more.
    expect(longTasks.filter((duration) => duration > 50).length).toBeLessThanOrEqual(1);
  });
});
