import type { CallRequest, CallResponse, SaveTarget } from '../messages/background-calls';
import type { CrosscheckDatabase } from '../db/database';
import type { StoredClaim } from '../db/records';
import { findOrMakeSource } from '../db/find-source';
import { readFacts } from '../facts';
import { proposeIncident } from '../incident';
import type { Incident } from '../model/incident';
import type { Source } from '../model/source';
import type { TabReport } from '../model/tab-report';
import { canonicalPageUrl, stableId } from '../model/ids';
import type { BackgroundServices } from './services';

/**
 * Saves the tab's claims as known claims of an existing or a new incident,
 * with their sources and the annotations shown for them. Ids come from the page
 * address and the claim's words, so saving twice adds nothing.
 */
export async function saveClaims(
  services: BackgroundServices,
  request: CallRequest<'saveClaims'>,
): Promise<CallResponse<'saveClaims'>> {
  const report = await services.tabReports.get(request.tabId);
  if (!report) throw new Error('This tab has not been analysed yet: reload the page and try again.');
  if (report.reports.length === 0) throw new Error('There are no attributed claims on this page to save.');
  const { db } = services;
  const now = services.now();
  const outcome = await db.transaction('rw', [db.incidents, db.sources, db.claims, db.annotations], async () => {
    const incident = await resolveIncident(db, request.target, report);
    const { added, unchanged } = await storePageClaims(db, report, incident, now);
    return { incidentId: incident.id, added, unchanged };
  });
  await services.claimSearch.add(outcome.added);
  return { incidentId: outcome.incidentId, added: outcome.added.length, unchanged: outcome.unchanged };
}

async function resolveIncident(db: CrosscheckDatabase, target: SaveTarget, report: TabReport): Promise<Incident> {
  if (target.kind === 'existing') {
    const incident = await db.incidents.get(target.incidentId);
    if (!incident) throw new Error('That incident is no longer in the database.');
    return incident;
  }
  const id = stableId('inc', target.title.trim().toLowerCase());
  const existing = await db.incidents.get(id);
  if (existing) return existing;
  const texts = report.reports.map((entry) => entry.claim.attribution.content.text);
  const incident = { ...proposeIncident(texts, report.page.publishedAt), id, title: target.title.trim() };
  await db.incidents.add(incident);
  return incident;
}

async function storePageClaims(db: CrosscheckDatabase, report: TabReport, incident: Incident, now: number) {
  const sources: Source[] = await db.sources.toArray();
  const url = canonicalPageUrl(report.page.url);
  const existing = await db.claims.bulkGet(report.reports.map((entry) => entry.claim.id));
  const added: StoredClaim[] = [];
  let unchanged = 0;
  for (const [i, { claim }] of report.reports.entries()) {
    if (existing[i]?.incidentId === incident.id) {
      unchanged++;
      continue;
    }
    const { attribution } = claim;
    const speaker = attribution.speaker ?? attribution.source?.text ?? 'Unnamed source';
    const { source, created } = findOrMakeSource(sources, speaker, attribution.speakerKind);
    if (created) sources.push(source);
    if (created) await db.sources.add(source);
    added.push({
      id: claim.id,
      incidentId: incident.id,
      sourceId: source.id,
      text: attribution.content.text,
      outlet: report.page.siteName ?? outletOf(report.page.url, report.page.title),
      url,
      publishedAt: report.page.publishedAt,
      origin: 'saved',
      facts: readFacts(attribution.content.text, { reference: report.page.publishedAt }),
      savedAt: now,
    });
  }
  await db.claims.bulkPut(added);
  await db.annotations.bulkPut(
    report.reports.map((entry) => ({ id: entry.claim.id, pageUrl: url, page: report.page, report: entry, savedAt: now })),
  );
  return { added, unchanged };
}

/** The outlet's name as the page gives it: the part of the title after a separator, else the host. */
function outletOf(url: string, title: string): string {
  const tail = /\s[|\u2013\u2014-]\s([^|\u2013\u2014]{2,60})$/.exec(title);
  if (tail) return tail[1].trim();
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
