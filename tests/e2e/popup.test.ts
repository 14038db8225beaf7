import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoOrigin, openPopupFor, startSession, tabReportOf, waitForHighlights, type Session } from './harness';

const article = `${demoOrigin}/articles/mirza-junction-four-accounts.html`;

let session: Session;
let page: Page;
let popup: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(article);
  await waitForHighlights(page);
  popup = await openPopupFor(session, page);
  await popup.getByRole('group', { name: 'Group claims' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the popup', () => {
  it('lists the page’s claims grouped by speaker, then by status', async () => {
    const list = popup.getByRole('region', { name: 'Claims on this page' });
    // "the NRO said" is filed under the monitor's full name, named earlier in the article.
    expect(await list.locator('section[data-group="speaker:Northern Rights Observatory"]').count()).toBe(1);
    expect(await list.locator('section[data-group$="NRO"]').count()).toBe(0);
    await popup.getByRole('button', { name: 'By status' }).click();
    expect(await list.locator('section[data-group="status:contradicted"]').count()).toBe(1);
  });

  it('shows, under a contradicted claim, the other source’s words, outlet, date, link and reason', async () => {
    const claim = popup.locator('section[data-group="status:contradicted"] li').first();
    await claim.getByRole('button', { name: /Show \d+ sources?/ }).click();
    const text = await claim.innerText();
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4}/);
    expect(text).toMatch(/Denial|Toll|Identity|Actor|Weapon|Place|Date/);
    const link = claim.locator('a[href^="http://localhost:5178/articles/"]').first();
    expect(await link.getAttribute('target')).toBe('_blank');
  });

  it('scrolls the page to a claim clicked in the list', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const report = await tabReportOf(session, page);
    const last = report.reports.at(-1)!;
    await popup.locator(`li[data-claim-id="${last.claim.id}"] button[title="Show on the page"]`).click();
    await page.waitForFunction(() => window.scrollY > 200);
    await page.locator('crosscheck-card [role="dialog"]').waitFor({ state: 'visible' });
  });

  it('saves the page’s claims once: saving again adds nothing', async () => {
    const form = popup.getByRole('form', { name: 'Save claims to database' });
    const selected = await form.getByLabel('Incident', { exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0].text);
    expect(selected).toContain('suggested');
    await form.getByRole('button', { name: 'Save claims' }).click();
    await form.getByText(/\d+ claims? saved\.$/).waitFor();
    await form.getByRole('button', { name: 'Save claims' }).click();
    await form.getByText(/0 claims saved; \d+ already in the database/).waitFor();
  });

  it('exports Web Annotation JSON-LD that imports back, and CSV', async () => {
    const transfer = popup.locator('section').filter({ hasText: 'CSV' }).last();
    const [jsonDownload] = await Promise.all([
      popup.waitForEvent('download'),
      transfer.getByRole('button', { name: 'Web Annotation (JSON-LD)' }).click(),
    ]);
    const jsonPath = await jsonDownload.path();
    const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(JSON.stringify(exported['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    const selectors = JSON.stringify(exported);
    expect(selectors).toContain('TextQuoteSelector');
    expect(selectors).toContain('TextPositionSelector');
    expect(selectors).toContain('"prefix"');

    const [csvDownload] = await Promise.all([popup.waitForEvent('download'), transfer.getByRole('button', { name: 'CSV' }).click()]);
    const csv = await readFile(await csvDownload.path(), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/speaker/i);
    expect(csv.split('\n').length).toBeGreaterThan(5);

    await transfer.locator('input[type="file"]').setInputFiles({ name: 'annotations.jsonld', mimeType: 'application/ld+json', buffer: await readFile(jsonPath) });
    await transfer.getByText(/Imported \d+ claims?/).waitFor();
  });

  it('explains a malformed import and keeps the database as it was', async () => {
    const transfer = popup.locator('section').filter({ hasText: 'CSV' }).last();
    await transfer.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "crosscheck-dataset", "version": 1, "incidents": [{}]') });
    await transfer.getByRole('alert').filter({ hasText: /Import failed/ }).waitFor();
  });
});
