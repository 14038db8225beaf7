import type { CrosscheckDatabase } from '../db/database';
import { findOrMakeSource } from '../db/find-source';
import type { StoredClaim } from '../db/records';
import { readFacts } from '../facts';
import { claimWords } from '../match/claim-words';
import { proposeIncident } from '../incident';
import { canonicalPageUrl, stableId } from '../model/ids';
import type { Incident } from '../model/incident';
import type { PageInfo } from '../model/page';
import type { ClaimReport } from '../model/page-claim';
import type { Source } from '../model/source';

/** A page and its claim reports: what the tab holds, and what an annotation file carries. */
export interface PageClaims {
  page: PageInfo;
  reports: readonly ClaimReport[];
}

/**
 * The incident named `title`, made from the page's claims when it does not
 * exist yet. Its id comes from the title, so naming the same new incident twice
 * gives one incident.
 */
export async function incidentNamed(db: CrosscheckDatabase, title: string, { page, reports }: PageClaims): Promise<Incident> {
  const id = stableId('inc', title.trim().toLowerCase());
  const existing = await db.incidents.get(id);
  if (existing) return existing;
  const texts = [page.title, ...reports.map((entry) => entry.claim.attribution.content.text)];
  const incident = { ...proposeIncident(texts, page.publishedAt), id, title: title.trim() };
  await db.incidents.add(incident);
  return incident;
}

/**
 * Stores a page's claims as known claims of `incident` (with their speakers as
 * sources) and the reports shown for them as annotations. A claim already filed
 * under that incident is left as it is. Call inside a transaction over
 * incidents, sources, claims and annotations.
 */
export async function storePageClaims(
  db: CrosscheckDatabase,
  { page, reports }: PageClaims,
  incident: Incident,
  now: number,
): Promise<{ added: StoredClaim[]; unchanged: number }> {
  const sources: Source[] = await db.sources.toArray();
  const url = canonicalPageUrl(page.url);
  const existing = await db.claims.bulkGet(reports.map((entry) => entry.claim.id));
  const added: StoredClaim[] = [];
  for (const [i, { claim }] of reports.entries()) {
    if (existing[i]?.incidentId === incident.id) continue;
    const { attribution } = claim;
    const speaker = attribution.speaker ?? attribution.source?.text ?? 'Unnamed source';
    const { source, created } = findOrMakeSource(sources, speaker, attribution.speakerKind);
    if (created) {
      sources.push(source);
      await db.sources.add(source);
    }
    // A denying cue ("denied carrying out an airstrike") belongs to what the source says.
    const text = claimWords(attribution);
    added.push({
      id: claim.id,
      incidentId: incident.id,
      sourceId: source.id,
      text,
      outlet: page.siteName ?? outletOf(page),
      url,
      publishedAt: page.publishedAt,
      origin: 'saved',
      facts: readFacts(text, { reference: page.publishedAt }),
      savedAt: now,
    });
  }
  await db.claims.bulkPut(added);
  await db.annotations.bulkPut(reports.map((report) => ({ id: report.claim.id, pageUrl: url, page, report, savedAt: now })));
  return { added, unchanged: reports.length - added.length };
}

/** The outlet's name as the page gives it: the part of the title after a separator, else the host. */
function outletOf({ url, title }: PageInfo): string {
  const tail = /\s[|\u2013\u2014-]\s([^|\u2013\u2014]{2,60})$/.exec(title);
  if (tail) return tail[1].trim();
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
