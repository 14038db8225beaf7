import { describe, expect, it } from 'vitest';
import type { StoredClaim } from '../../lib/db/records';
import { readFacts } from '../../lib/facts';
import { matchPage, type MatchSources } from '../../lib/match/match-page';
import { samePageMatches } from '../../lib/match/same-page-matches';
import type { Attribution } from '../../lib/model/attribution';
import type { Incident } from '../../lib/model/incident';
import type { PageInfo } from '../../lib/model/page';
import { collectPageClaims } from '../../lib/page/collect-claims';

const incident: Incident = {
  id: 'inc-ford',
  title: 'Convoy shelled at Marren Ford',
  dateStart: '2026-03-02',
  dateEnd: '2026-03-02',
  places: ['Marren Ford'],
  actors: ['river militia'],
};

/** A page whose paragraphs each hold one claim, "Speaker <cue> that <content>." ("said" unless given). */
function pageOf(published: string, claims: Array<[string, string, string?]>) {
  const page: PageInfo = { url: `http://localhost/${published}.html`, title: 'Marren Ford', publishedAt: published, siteName: 'The Ledger' };
  let text = '';
  const attributions: Attribution[] = [];
  for (const [speaker, content, cue = 'said'] of claims) {
    const sentence = `${speaker} ${cue} that ${content}.`;
    const start = text.length + speaker.length + ` ${cue} that `.length;
    attributions.push({
      source: { text: speaker, start: text.length, end: text.length + speaker.length },
      cue: { text: cue, start: text.length + speaker.length + 1, end: text.length + speaker.length + 1 + cue.length },
      content: { text: content, start, end: start + content.length },
      speaker,
      speakerKind: 'other',
      hedges: [],
      via: null,
    });
    text += `${sentence}\n\n`;
  }
  return { page, claims: collectPageClaims(page.url, text, attributions) };
}

function known(id: string, text: string, publishedAt: string): StoredClaim {
  return {
    id, incidentId: incident.id, sourceId: `src-${id}`, text, outlet: 'The Courier', url: `http://localhost/${id}.html`,
    publishedAt, origin: 'saved', savedAt: 1, facts: readFacts(text, { reference: publishedAt }),
  };
}

function sources(stored: StoredClaim[], retrieved: string[], withIncidentClaims = true): MatchSources {
  return {
    search: async () => retrieved.map((id, rank) => ({ id, score: 1 / (rank + 1) })),
    loadClaims: async (ids) => stored.filter((claim) => ids.includes(claim.id)),
    incidents: [incident],
    sources: new Map(),
    corrections: [],
    ...(withIncidentClaims ? { loadIncidentClaims: async (id: string) => stored.filter((claim) => claim.incidentId === id) } : {}),
  };
}

describe('matchPage', () => {
  it('resolves "on Monday" on each side against its own publication date', async () => {
    const { page, claims } = pageOf('2026-03-04', [['The district governor', 'militia mortars shelled the convoy at Marren Ford on Monday']]);
    const sameDay = known('k-same', 'Militia mortars shelled the convoy at Marren Ford on Monday.', '2026-03-03');
    const weekLater = known('k-later', 'Militia mortars shelled the convoy at Marren Ford on Monday.', '2026-03-10');
    const { reports } = await matchPage(page, claims, sources([sameDay, weekLater], ['k-same', 'k-later']));
    const timeOf = (id: string) => reports[0].matches.find((match) => match.otherId === id)?.reasons.find((reason) => reason.kind === 'time');
    expect(timeOf('k-same')?.note).toBe('both place it at 2026-03-02');
    expect(timeOf('k-later')?.note).toContain('the evidence at 2026-03-09');
  });

  it('compares a saved claim of the incident that names the victim, though retrieval does not offer it', async () => {
    const { page, claims } = pageOf('2026-03-03', [['The district governor', 'militia mortars killed a shepherd near Marren Ford on Monday']]);
    const rival = known('k-rival', 'The dead man was a member of an armed group.', '2026-03-03');
    const { reports } = await matchPage(page, claims, sources([rival], []));
    const match = reports[0].matches.find((entry) => entry.otherId === 'k-rival');
    expect(match?.relation).toBe('contradicts');
    expect(match?.reasons.find((reason) => reason.kind === 'identity')).toMatchObject({
      claimSide: 'killed a shepherd', evidenceSide: 'was a member of an armed group',
    });
    const retrievalOnly = await matchPage(page, claims, sources([rival], [], false));
    expect(retrievalOnly.reports[0].matches).toEqual([]);
  });

  it('files a story that tells of no incident under none, though it names the month and the place', async () => {
    const { page, claims } = pageOf('2026-07-20', [
      ['The water board', 'it had sent the money for the Marren Ford sluice repairs in March'],
      ['Growers', 'the fields near Marren Ford have had no water since March'],
    ]);
    const stored = known('k-shelled', 'Militia mortars shelled the convoy at Marren Ford in March.', '2026-03-03');
    const { reports, suggestedIncidentId } = await matchPage(page, claims, sources([stored], ['k-shelled']));
    expect(suggestedIncidentId).toBeNull();
    expect(reports.flatMap((report) => report.matches).map((match) => match.otherId)).not.toContain('k-shelled');
  });

  it('still files a report of the shelling under the incident by its month and place', async () => {
    const { page, claims } = pageOf('2026-07-20', [['The water board', 'militia mortars shelled a convoy at Marren Ford in March']]);
    const { suggestedIncidentId } = await matchPage(page, claims, sources([], []));
    expect(suggestedIncidentId).toBe('inc-ford');
  });
});

describe('samePageMatches', () => {
  it('sets two speakers of one page against each other on the victim, though they share no words', () => {
    const { page, claims } = pageOf('2026-03-03', [
      ['Villagers', 'the soldiers shot dead a farmer'],
      ['The garrison commander', 'the victim was an insurgent'],
    ]);
    const [first, second] = samePageMatches(claims, page);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ relation: 'contradicts', otherId: `page:${claims[1].id}` });
    expect(first[0].reasons[0]).toMatchObject({ kind: 'identity', claimSide: 'dead a farmer', evidenceSide: 'victim was an insurgent' });
    expect(second[0].reasons[0]).toMatchObject({ kind: 'identity', claimSide: 'victim was an insurgent', evidenceSide: 'dead a farmer' });
  });

  it('reads a claim whose cue denies as the denial, not as the assertion', () => {
    const { page, claims } = pageOf('2026-03-03', [
      ['The ministry', 'its jets bombed the market at Marren Ford', 'denied'],
      ['Residents', 'jets bombed the market at Marren Ford'],
    ]);
    const [denial] = samePageMatches(claims, page);
    expect(denial[0]).toMatchObject({ relation: 'contradicts', text: 'jets bombed the market at Marren Ford' });
    expect(denial[0].reasons[0]).toMatchObject({ kind: 'negation', claimSide: 'denied its jets bombed the market at Marren Ford' });
    const [, assertion] = samePageMatches(claims, page);
    expect(assertion[0]).toMatchObject({ relation: 'contradicts', text: 'denied its jets bombed the market at Marren Ford' });
  });

  it('shows no same-page match where two speakers only discuss the same story', () => {
    const { page, claims } = pageOf('2026-03-03', [
      ['Growers', 'they could lose half of the wheat crop because the canal repairs stalled'],
      ['A farmer', 'growers draw water for the wheat from the canal with pumps'],
    ]);
    expect(samePageMatches(claims, page)).toEqual([[], []]);
  });

  it('leaves apart claims with neither shared words nor a victim or toll on both sides', () => {
    const { page, claims } = pageOf('2026-03-03', [
      ['Villagers', 'the soldiers shot dead a farmer'],
      ['The governor', 'schools reopen next week'],
    ]);
    expect(samePageMatches(claims, page)).toEqual([[], []]);
  });
});
