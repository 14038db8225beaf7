import type { PageExport } from '../export';
import { placePage } from '../match/place-page';
import { keepValid } from '../db/read-valid';
import { incidentSchema } from '../model/incident';
import type { BackgroundServices } from './services';
import { incidentNamed, storePageClaims } from './store-page-claims';

/**
 * Stores imported annotations: each claim as a known claim of the incident its
 * page fits (or a new incident named after the page), and the annotation as
 * exported, so a colleague's checked page becomes part of the database.
 */
export async function storeAnnotations(
  services: BackgroundServices,
  imported: PageExport,
): Promise<{ incidents: number; sources: number; claims: number }> {
  const { db } = services;
  const sourcesBefore = await db.sources.count();
  const added = await db.transaction('rw', [db.incidents, db.sources, db.claims, db.annotations], async () => {
    const incidents = keepValid(incidentSchema, await db.incidents.toArray()).rows;
    const claims = imported.reports.map((report) => report.claim);
    const placed = placePage(imported.page, claims, incidents)?.incident;
    const incident = placed ?? (await incidentNamed(db, imported.page.title || imported.page.url, imported));
    return (await storePageClaims(db, imported, incident, services.now())).added;
  });
  await services.claimSearch.add(added);
  return { incidents: 1, sources: (await db.sources.count()) - sourcesBefore, claims: imported.reports.length };
}
