import type { Dataset } from '../model/dataset';
import type { KnownClaim } from '../model/known-claim';
import { readFacts } from '../facts';
import type { CrosscheckDatabase } from './database';
import { mergeSource } from './find-source';
import type { StoredClaim } from './records';

/** What storing a dataset changed: counts, and the claims the search index must (re)index. */
export interface StoredDataset {
  incidents: number;
  sources: number;
  claims: number;
  changedClaims: StoredClaim[];
}

/** Raised when a dataset refers to incidents or sources that exist neither in it nor in the database. */
export class DatasetReferenceError extends Error {}

/**
 * Writes a validated dataset in one transaction: incidents and claims are put by
 * id (so loading the same file twice changes nothing), sources merge their
 * aliases, and each claim's facts are read from its words. Nothing is written
 * when any claim points at an unknown incident or source.
 */
export async function storeDataset(
  db: CrosscheckDatabase,
  dataset: Dataset,
  origin: KnownClaim['origin'],
  now: number,
): Promise<StoredDataset> {
  return db.transaction('rw', [db.incidents, db.sources, db.claims], async () => {
    await checkReferences(db, dataset);
    await db.incidents.bulkPut(dataset.incidents);
    const existingSources = await db.sources.bulkGet(dataset.sources.map((source) => source.id));
    await db.sources.bulkPut(dataset.sources.map((source, i) => mergeSource(existingSources[i], source)));
    const existingClaims = await db.claims.bulkGet(dataset.claims.map((claim) => claim.id));
    const changedClaims: StoredClaim[] = [];
    dataset.claims.forEach((claim, i) => {
      if (existingClaims[i]?.text === claim.text) return;
      changedClaims.push({
        ...claim,
        origin,
        facts: readFacts(claim.text, { reference: claim.publishedAt }),
        savedAt: now,
      });
    });
    await db.claims.bulkPut(changedClaims);
    return {
      incidents: dataset.incidents.length,
      sources: dataset.sources.length,
      claims: dataset.claims.length,
      changedClaims,
    };
  });
}

async function checkReferences(db: CrosscheckDatabase, dataset: Dataset): Promise<void> {
  const incidentIds = new Set(dataset.incidents.map((incident) => incident.id));
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  const missingIncidents = [...new Set(dataset.claims.map((claim) => claim.incidentId))].filter((id) => !incidentIds.has(id));
  const missingSources = [...new Set(dataset.claims.map((claim) => claim.sourceId))].filter((id) => !sourceIds.has(id));
  const storedIncidents = await db.incidents.bulkGet(missingIncidents);
  const storedSources = await db.sources.bulkGet(missingSources);
  const incident = missingIncidents.find((_, i) => !storedIncidents[i]);
  const source = missingSources.find((_, i) => !storedSources[i]);
  const claimWith = (test: (claim: Dataset['claims'][number]) => boolean) => dataset.claims.find(test)?.id;
  if (incident) {
    throw new DatasetReferenceError(`claim ${claimWith((c) => c.incidentId === incident)} names incident ${incident}, which is not in the file or the database`);
  }
  if (source) {
    throw new DatasetReferenceError(`claim ${claimWith((c) => c.sourceId === source)} names source ${source}, which is not in the file or the database`);
  }
}
