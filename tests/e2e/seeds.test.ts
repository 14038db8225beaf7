import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimWords } from '../../lib/match/claim-words';
import type { ClaimReport } from '../../lib/model/page-claim';
import type { Reason } from '../../lib/model/stance';
import { demoOrigin, saveFromPopup, startSession, tabReportOf, waitForHighlights, type Session } from './harness';
import { seedFiles, seedPage, seedsPresent } from './seed-pages';

// The seed reports live in ../shared/seeds beside the repository; without them there is nothing to open.
if (!seedsPresent) console.warn('seeds.test: ../shared/seeds is absent, so the seed reports are not checked');

/** The August report carries no date line; its embedded post gives the day. */
const seedDates: Record<string, string | null> = { '000_6cc2b4d8a7b20a8c.txt': '2020-08-17' };

function claimWith(reports: readonly ClaimReport[], words: string): ClaimReport {
  const found = reports.find((report) => report.claim.attribution.content.text.includes(words));
  if (!found) throw new Error(`no claim contains "${words}"; claims: ${reports.map((r) => r.claim.attribution.content.text).join(' | ')}`);
  return found;
}

function databaseMatches(reports: readonly ClaimReport[]) {
  return reports.flatMap((report) => report.matches).filter((match) => !match.otherId.startsWith('page:'));
}

/**
 * Later reports of each clash, in the project's own words: which saved incident they land on, and how
 * their tolls, denials and victims set against the saved seed claims and against each other.
 */
const followUps: Record<string, string> = {
  '/follow-up/august.html': followUpPage('2020-08-18', [
    'Syrian state television said on Tuesday that coalition helicopters had killed two soldiers at the checkpoint near Tal al-Zahab, southeast of Qamishli, on Monday.',
    'The coalition said its troops returned fire in self-defence and that no aircraft took part.',
    'A pro-government newspaper said three coalition troops were wounded in the exchange of fire.',
    'A monitoring group said the strike left at least five casualties among the soldiers at the checkpoint.',
  ]),
  '/follow-up/february.html': followUpPage('2020-02-13', [
    'A Turkish news agency said the man killed near Qamishli on Wednesday, when villagers blocked a US convoy at a government checkpoint, was a militia fighter.',
    'Syrian state media said the American soldiers shot dead a civilian from the village of Khirbet Ammu.',
  ]),
};

function followUpPage(date: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Follow-up</title>
<meta property="article:published_time" content="${date}"></head><body><article><h1>Accounts still differ</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</article></body></html>`;
}

function relationTo(report: ClaimReport, otherWords: string) {
  return report.matches.find((match) => match.text.includes(otherWords))?.relation;
}

/**
 * The reason of `kind` on the claim's match with the text holding `otherWords`, checked to quote
 * each side's own words: the claim side from the claim, the evidence side from the other text.
 */
function reasonAgainst(report: ClaimReport, otherWords: string, kind: Reason['kind']): Reason {
  const match = report.matches.find((entry) => entry.text.includes(otherWords));
  const reason = match?.reasons.find((entry) => entry.kind === kind);
  if (!match || !reason) throw new Error(`no ${kind} reason against "${otherWords}"; matches: ${JSON.stringify(report.matches.map((m) => [m.text.slice(0, 60), m.relation, m.reasons.map((r) => r.kind)]))}`);
  expect(claimWords(report.claim.attribution)).toContain(reason.claimSide);
  expect(match.text).toContain(reason.evidenceSide);
  return reason;
}

describe.runIf(seedsPresent)('the seed reports in Chromium', () => {
  let session: Session;
  const pages: Page[] = [];
  const [august, february] = seedsPresent ? seedFiles() : [];

  beforeAll(async () => {
    const extra = Object.fromEntries([
      ...(seedsPresent ? seedFiles() : []).map((file) => [`/seeds/${file}.html`, async () => seedPage(file, seedDates[file] ?? null)]),
      ...Object.entries(followUps).map(([path, html]) => [path, async () => html]),
    ]);
    session = await startSession(extra);
  });

  afterAll(async () => {
    await session?.close();
  });

  async function open(file: string): Promise<Page> {
    const page = await session.browser.context.newPage();
    await page.goto(`${demoOrigin}/seeds/${file}.html`);
    await waitForHighlights(page);
    pages.push(page);
    return page;
  }

  it('names the right speaker for each attributed claim of the August report', async () => {
    const { reports } = await tabReportOf(session, await open(august));
    const speakerOf = (words: string) => claimWith(reports, words).claim.attribution.speaker ?? '';
    expect(speakerOf('did not conduct an airstrike')).toMatch(/coalition/i);
    expect(speakerOf('No coalition members were injured')).toMatch(/coalition/i);
    expect(speakerOf('struck the checkpoint')).toMatch(/SOHR|Syrian Observatory/);
    expect(speakerOf('600 soldiers remain')).toMatch(/Reuters/);
  });

  it('shows the denials as contradictions within the August report', async () => {
    const { reports } = await tabReportOf(session, pages[0]);
    const denial = claimWith(reports, 'did not conduct an airstrike');
    expect(relationTo(denial, 'struck the checkpoint')).toBe('contradicts');
    expect(reasonAgainst(denial, 'struck the checkpoint', 'negation').claimSide).toContain('not conduct an airstrike');
    expect(denial.status).toBe('contradicted');
    // Where the cue itself is the denial ("denied carrying out ..."), the claim still counts as one.
    const deniedStrike = claimWith(reports, 'carrying out an airstrike');
    expect(relationTo(deniedStrike, 'struck the checkpoint')).toBe('contradicts');
    expect(reasonAgainst(deniedStrike, 'struck the checkpoint', 'negation').claimSide).toContain('denied carrying out an airstrike');
  });

  it('names the right speaker for each attributed claim of the February report', async () => {
    const { reports } = await tabReportOf(session, await open(february));
    const speakerOf = (words: string) => claimWith(reports, words).claim.attribution.speaker ?? '';
    expect(speakerOf('pro-government militia member')).toMatch(/Anadolu/);
    expect(speakerOf('came under small arms fire')).toMatch(/Caggins/);
    expect(speakerOf('threw stones')).toMatch(/Taghvaee/);
    expect(speakerOf('near the town of Qamishli')).toMatch(/SANA/);
  });

  it('shows the identity of the victim as a contradiction within the February report', async () => {
    const { reports } = await tabReportOf(session, pages[1]);
    const militia = claimWith(reports, 'pro-government militia member');
    expect(relationTo(militia, 'killed a civilian')).toBe('contradicts');
    const reason = reasonAgainst(militia, 'killed a civilian', 'identity');
    expect(reason.claimSide).toContain('militia member');
    expect(reason.evidenceSide).toContain('civilian');
    expect(militia.status).toBe('contradicted');
  });

  it('tells the two incidents apart when both are saved one after the other', async () => {
    expect(await saveFromPopup(session, pages[0], 'Checkpoint clash near Qamishli, August 2020')).toMatch(/saved/);
    const augustFollowUp = await tabReportOf(session, await openFollowUp('august'));
    expect(augustFollowUp.suggestedIncidentId).not.toBeNull();
    expect(databaseMatches(augustFollowUp.reports).some((match) => /August 2020/.test(match.incidentTitle ?? ''))).toBe(true);

    // The denial, a toll of none against a toll of three, and two compatible tolls, each against the saved August claims.
    const noAircraft = claimWith(augustFollowUp.reports, 'no aircraft took part');
    expect(relationTo(noAircraft, 'struck the checkpoint')).toBe('contradicts');
    const wounded = claimWith(augustFollowUp.reports, 'three coalition troops were wounded');
    expect(relationTo(wounded, 'No coalition members were injured')).toBe('contradicts');
    expect(reasonAgainst(wounded, 'No coalition members were injured', 'number').note).toContain('both cannot be true');
    const casualties = claimWith(augustFollowUp.reports, 'at least five casualties');
    expect(relationTo(casualties, 'many casualties among regime soldiers')).toBe('agrees');
    expect(reasonAgainst(casualties, 'many casualties among regime soldiers', 'number').note).toContain('compatible');

    await pages[1].reload();
    await waitForHighlights(pages[1]);
    const february = await tabReportOf(session, pages[1]);
    expect(february.suggestedIncidentId).not.toBe(augustFollowUp.suggestedIncidentId);
    expect(databaseMatches(february.reports)).toEqual([]);
    expect(await saveFromPopup(session, pages[1], 'Convoy confrontation near Qamishli, February 2020')).toMatch(/saved/);

    const februaryFollowUp = await tabReportOf(session, await openFollowUp('february'));
    const titles = databaseMatches(februaryFollowUp.reports).map((match) => match.incidentTitle);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => /February 2020/.test(title ?? ''))).toBe(true);

    // Who was killed: a militia fighter to one agency, a civilian to state media, on this page; the saved
    // Anadolu claim bears out the first and contradicts the second, though it shares no words with it.
    const fighter = claimWith(februaryFollowUp.reports, 'was a militia fighter');
    expect(relationTo(fighter, 'shot dead a civilian')).toBe('contradicts');
    expect(reasonAgainst(fighter, 'shot dead a civilian', 'identity')).toMatchObject({ claimSide: expect.stringContaining('militia fighter'), evidenceSide: expect.stringContaining('civilian') });
    expect(relationTo(fighter, 'pro-government militia member')).toBe('agrees');
    const civilian = claimWith(februaryFollowUp.reports, 'shot dead a civilian');
    expect(relationTo(civilian, 'pro-government militia member')).toBe('contradicts');
    expect(reasonAgainst(civilian, 'pro-government militia member', 'identity').evidenceSide).toContain('militia member');
  });

  async function openFollowUp(which: 'august' | 'february'): Promise<Page> {
    const page = await session.browser.context.newPage();
    await page.goto(`${demoOrigin}/follow-up/${which}.html`);
    await waitForHighlights(page);
    return page;
  }
});
