import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDemoArticle } from './demo-page';
import { startTestBackground, type TestBackground } from './test-services';

const februaryTab = 7;
const mirza = readDemoArticle('mirza-junction-four-accounts');

let background: TestBackground;
beforeEach(async () => {
  background = await startTestBackground();
});
afterEach(async () => {
  await background.close();
});

async function analyseMirza() {
  return background.fromTab(februaryTab, 'analyzePage', { page: mirza.page, articleFound: true, text: mirza.text });
}

describe('analyzePage', () => {
  it('matches a fresh article against the demo set of its own incident only', async () => {
    const { reports } = await analyseMirza();
    const report = await background.fromPopup('getTabReport', { tabId: februaryTab });
    expect(report?.suggestedIncidentId).toBe('inc-haldera-checkpoint-2026-02');
    const known = reports.flatMap((r) => r.matches).filter((m) => !m.otherId.startsWith('page:'));
    expect(known.length).toBeGreaterThan(0);
    expect(new Set(known.map((m) => m.incidentTitle))).toEqual(new Set(['Clash at the Mirza junction army checkpoint south of Haldera']));
    expect(reports.some((r) => r.status === 'contradicted')).toBe(true);
    for (const match of known.filter((m) => m.relation === 'contradicts')) expect(match.reasons.length).toBeGreaterThan(0);
  });

  it('places the August clash at the same town on the August incident', async () => {
    const august = readDemoArticle('haldera-second-clash-six-months');
    await background.fromTab(3, 'analyzePage', { page: august.page, articleFound: true, text: august.text });
    expect((await background.fromPopup('getTabReport', { tabId: 3 }))?.suggestedIncidentId).toBe('inc-haldera-convoy-2026-08');
  });

  it('is refused when an extension page sends it, and popup calls are refused from a tab', async () => {
    await expect(background.fromPopup('analyzePage', { page: mirza.page, articleFound: true, text: '' })).rejects.toThrow(/content script/);
    await expect(background.fromTab(1, 'saveClaims', { tabId: 1, target: { kind: 'new', title: 'x' } })).rejects.toThrow(/own pages/);
  });
});

describe('saveClaims', () => {
  it('saves once: the same claims saved again add nothing', async () => {
    const { reports } = await analyseMirza();
    const target = { kind: 'existing', incidentId: 'inc-haldera-checkpoint-2026-02' } as const;
    const first = await background.fromPopup('saveClaims', { tabId: februaryTab, target });
    expect(first.added).toBe(reports.length);
    const second = await background.fromPopup('saveClaims', { tabId: februaryTab, target });
    expect(second).toMatchObject({ added: 0, unchanged: reports.length });
    expect(await background.db.annotations.count()).toBe(reports.length);
  });

  it('creates a named incident once and makes the saved claims findable by other pages', async () => {
    const { reports } = await analyseMirza();
    const target = { kind: 'new', title: 'Mirza junction, second look' } as const;
    const { incidentId } = await background.fromPopup('saveClaims', { tabId: februaryTab, target });
    await background.fromPopup('saveClaims', { tabId: februaryTab, target });
    const titles = (await background.fromPopup('listIncidents', {})).map((incident) => incident.title);
    expect(titles.filter((title) => title === 'Mirza junction, second look')).toHaveLength(1);
    expect(await background.db.claims.where('incidentId').equals(incidentId).count()).toBe(reports.length);
  });

  it('keeps a denying cue with the saved claim, so the stored words still deny', async () => {
    const page = { ...mirza.page, url: 'https://example.test/denial', title: 'Army answers the junction reports' };
    const text = 'The army denied that its soldiers fired on the crowd at the junction.';
    await background.fromTab(12, 'analyzePage', { page, articleFound: true, text });
    await background.fromPopup('saveClaims', { tabId: 12, target: { kind: 'existing', incidentId: 'inc-haldera-checkpoint-2026-02' } });
    const [saved] = await background.db.claims.where('url').equals(page.url).toArray();
    expect(saved.text).toMatch(/^denied\b.*fired on the crowd/);
    expect(saved.facts.negations.length).toBeGreaterThan(0);
  });

  it('explains that a tab must be analysed first', async () => {
    await expect(background.fromPopup('saveClaims', { tabId: 99, target: { kind: 'new', title: 'x' } })).rejects.toThrow(/not been analysed/);
  });
});

describe('correctMatch', () => {
  it('overrides a relation, repaints the tab and keeps the correction for the next visit', async () => {
    const { reports } = await analyseMirza();
    const contradicted = reports.find((r) => r.status === 'contradicted' && r.matches.filter((m) => m.relation === 'contradicts').length === 1)!;
    const wrong = contradicted.matches.find((m) => m.relation === 'contradicts')!;
    const corrected = await background.fromPopup('correctMatch', { tabId: februaryTab, claimId: contradicted.claim.id, otherId: wrong.otherId, relation: 'unrelated' });
    const after = corrected.reports.find((r) => r.claim.id === contradicted.claim.id)!;
    expect(after.matches.find((m) => m.otherId === wrong.otherId)).toMatchObject({ relation: 'unrelated', corrected: true });
    expect(after.status).not.toBe('contradicted');
    expect(background.notified.at(-1)?.tabId).toBe(februaryTab);

    const again = await analyseMirza();
    expect(again.reports.find((r) => r.claim.id === contradicted.claim.id)?.matches.find((m) => m.otherId === wrong.otherId)?.corrected).toBe(true);
  });
});

describe('exportAnnotations and importFile', () => {
  it('exports JSON-LD that imports back, CSV, and ClaimReview', async () => {
    const { reports } = await analyseMirza();
    const jsonld = await background.fromPopup('exportAnnotations', { tabId: februaryTab, format: 'jsonld' });
    expect(jsonld.filename).toMatch(/\.jsonld$/);
    const imported = await background.fromPopup('importFile', { filename: jsonld.filename, text: jsonld.content });
    expect(imported).toMatchObject({ kind: 'annotations', claims: reports.length });
    const csv = await background.fromPopup('exportAnnotations', { tabId: februaryTab, format: 'csv' });
    expect(csv.mimeType).toMatch(/text\/csv/);
    const review = await background.fromPopup('exportAnnotations', { tabId: februaryTab, format: 'claimreview', newsroom: 'Harbour Courier' });
    const reviews = JSON.parse(review.content) as Array<{ author: { name: string } }>;
    expect(reviews.length).toBeGreaterThan(0);
    expect(new Set(reviews.map((entry) => entry.author.name))).toEqual(new Set(['Harbour Courier']));
  });

  it('refuses a malformed dataset with the place of the fault and writes nothing', async () => {
    const before = await background.db.claims.count();
    const broken = JSON.stringify({ format: 'crosscheck-dataset', version: 1, incidents: [{ id: 'x' }], sources: [], claims: [] });
    await expect(background.fromPopup('importFile', { filename: 'broken.json', text: broken })).rejects.toThrow(/incidents\.0/);
    await expect(background.fromPopup('importFile', { filename: 'junk.json', text: '{"oops' })).rejects.toThrow(/not valid JSON/);
    expect(await background.db.claims.count()).toBe(before);
  });
});

describe('forgetPage', () => {
  it('takes a saved page back out of the database and the search index', async () => {
    const { reports } = await analyseMirza();
    await background.fromPopup('saveClaims', { tabId: februaryTab, target: { kind: 'existing', incidentId: 'inc-haldera-checkpoint-2026-02' } });
    const other = readDemoArticle('haldera-residents-helicopters-toll-disputed');
    const otherTab = 8;
    const reportsFrom = async () =>
      (await background.fromTab(otherTab, 'analyzePage', { page: other.page, articleFound: true, text: other.text })).reports;
    const citesMirza = (shown: Awaited<ReturnType<typeof reportsFrom>>) => shown.flatMap((r) => r.matches).some((m) => m.url === mirza.page.url);
    expect(citesMirza(await reportsFrom())).toBe(true);
    expect(await background.fromPopup('forgetPage', { tabId: februaryTab })).toEqual({ removed: reports.length });
    expect(await background.db.annotations.count()).toBe(0);
    expect(citesMirza(await reportsFrom())).toBe(false);
  });
});
