import { datasetSchema } from '../model/dataset';
import { stableId } from '../model/ids';
import type { CrosscheckDatabase } from './database';
import type { StoredClaim } from './records';
import { storeDataset } from './store-dataset';

const demoKey = 'demoSetVersion';

/**
 * Loads the bundled demo set once per version of it: a fresh install gets the
 * demo incidents, and an update that changes the set brings the new claims.
 * Returns the claims the search index must take in (none when already loaded).
 */
export async function ensureDemoSet(db: CrosscheckDatabase, demoJson: unknown, now: number): Promise<StoredClaim[]> {
  const dataset = datasetSchema.parse(demoJson);
  const version = stableId('demo', JSON.stringify(dataset));
  if ((await db.settings.get(demoKey))?.value === version) return [];
  const stored = await storeDataset(db, dataset, 'demo', now);
  await db.settings.put({ key: demoKey, value: version });
  return stored.changedClaims;
}
