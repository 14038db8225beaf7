import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoOrigin, readHighlights, startSession, waitForHighlights, type Session } from './harness';

const article = `${demoOrigin}/articles/mirza-junction-four-accounts.html`;

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(article);
  await waitForHighlights(page);
});

afterAll(async () => {
  await session?.close();
});

/** The centre of the first range of a highlight, in viewport coordinates, after scrolling it into view. */
async function pointInHighlight(name: string): Promise<{ x: number; y: number; text: string }> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    const range = highlight && ([...highlight][0] as Range);
    if (!range) throw new Error(`no ${highlightName} highlight`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2, text: range.toString() };
  }, name);
}

describe('highlights on a demo article', () => {
  it('registers highlights named by status over the article’s attributed claims', async () => {
    const highlights = await readHighlights(page);
    const names = Object.keys(highlights);
    expect(names.every((name) => /^crosscheck-(contradicted|corroborated|discussed|unmatched|speaker)$/.test(name))).toBe(true);
    expect(highlights['crosscheck-contradicted']?.length ?? 0).toBeGreaterThan(0);
    const claims = Object.entries(highlights).filter(([name]) => name !== 'crosscheck-speaker').flatMap(([, texts]) => texts);
    expect(claims.length).toBeGreaterThanOrEqual(8);
    expect(claims.some((text) => text.includes('helicopters attacked the checkpoint'))).toBe(true);
    expect(highlights['crosscheck-speaker']).toEqual(expect.arrayContaining(['the NRO']));
  });

  it('leaves captions, comments, bios and link lists alone', async () => {
    const highlights = await readHighlights(page);
    const all = Object.values(highlights).flat().join('\n');
    for (const outside of ['rebuilt the sandbagged post', 'format I want for every contested story', 'verification editor', 'Read next']) {
      expect(all).not.toContain(outside);
    }
  });

  it('does not change the page’s own markup', async () => {
    const [live, served] = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(source, 'text/html');
      return [document.querySelector('article')!.innerHTML, original.querySelector('article')!.innerHTML];
    });
    expect(live).toBe(served);
  });

  it('tells statuses apart by underline style, not colour alone', async () => {
    const styles = await page.evaluate(() =>
      Object.fromEntries(
        [...document.adoptedStyleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
          .map((rule) => [rule.selectorText, rule.style.textDecorationStyle || 'solid']),
      ),
    );
    const statuses = ['contradicted', 'corroborated', 'discussed', 'unmatched'].map((status) => styles[`::highlight(crosscheck-${status})`]);
    expect(statuses).toEqual(['wavy', 'solid', 'dashed', 'dotted']);
  });
});

describe('an embedded social-media post', () => {
  it('is highlighted as a claim of the author who signs it', async () => {
    const postPage = await session.browser.context.newPage();
    await postPage.goto(`${demoOrigin}/articles/haldera-coalition-denies-airstrike.html`);
    await waitForHighlights(postPage);
    const highlights = await readHighlights(postPage);
    const claims = Object.entries(highlights).filter(([name]) => name !== 'crosscheck-speaker').flatMap(([, texts]) => texts);
    expect(claims.some((text) => text.startsWith('Heavy gunfire at the Mirza junction'))).toBe(true);
    expect(highlights['crosscheck-speaker']).toEqual(expect.arrayContaining(['Rana Idris']));
    await postPage.close();
  });
});

describe('the claim card', () => {
  it('opens beside a clicked claim with its speaker, sources and reasons', async () => {
    const point = await pointInHighlight('crosscheck-contradicted');
    await page.mouse.click(point.x, point.y);
    const card = page.locator('crosscheck-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    const text = await card.innerText();
    expect(text).toMatch(/contradict/i);
    expect(text).toMatch(/Denial|Toll|Identity|Actor|Weapon|Place|Date/);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('is reachable from the keyboard through the page bar', async () => {
    const next = page.locator('crosscheck-toolbar button[aria-label="Next claim"]');
    await next.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('crosscheck-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await card.evaluate((dialog) => dialog.getRootNode() instanceof ShadowRoot)).toBe(true);
    expect(await page.locator('crosscheck-toolbar [role="toolbar"]').innerText()).toMatch(/\d+ of \d+ · \d+ claims/);
    await page.keyboard.press('Escape');
  });

  it('jumps from a source elsewhere on the page to that claim’s own card', async () => {
    const next = page.locator('crosscheck-toolbar button[aria-label="Next claim"]');
    const card = page.locator('crosscheck-card [role="dialog"]');
    const jump = card.getByRole('button', { name: 'Elsewhere on this page' }).first();
    let found = false;
    for (let step = 0; step < 30 && !found; step++) {
      await next.click();
      await card.waitFor({ state: 'visible' });
      found = (await jump.count()) > 0;
    }
    expect(found).toBe(true);
    const before = await card.getAttribute('aria-label');
    const position = await page.locator('crosscheck-toolbar [role="toolbar"]').innerText();
    await jump.click();
    await expect.poll(async () => page.locator('crosscheck-toolbar [role="toolbar"]').innerText()).not.toBe(position);
    await card.waitFor({ state: 'visible' });
    expect(before).toMatch(/^Claim by /);
    await page.keyboard.press('Escape');
  });
});
