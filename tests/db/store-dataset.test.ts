import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from '../../lib/db/database';
import { DatasetReferenceError, storeDataset } from '../../lib/db/store-dataset';
import type { Dataset } from '../../lib/model/dataset';

const dataset: Dataset = {
  format: 'crosscheck-dataset',
  version: 1,
  incidents: [
    { id: 'inc-dam', title: 'Dam breach at Korvel', dateStart: '2026-05-10', dateEnd: '2026-05-11', places: ['Korvel'], actors: [] },
  ],
  sources: [
    { id: 'src-ministry', name: 'Ministry of Water', aliases: ['the ministry'], kind: 'government' },
    { id: 'src-red-crescent', name: 'Korvel Relief Society', aliases: [], kind: 'other' },
  ],
  claims: [
    {
      id: 'claim-dam-1',
      incidentId: 'inc-dam',
      sourceId: 'src-ministry',
      text: 'three people were killed when the dam gave way',
      outlet: 'Korvel Courier',
      url: 'http://localhost:5178/articles/dam.html',
      publishedAt: '2026-05-11',
    },
    {
      id: 'claim-dam-2',
      incidentId: 'inc-dam',
      sourceId: 'src-red-crescent',
      text: 'at least eleven people died and dozens are missing',
      outlet: 'Korvel Courier',
      url: 'http://localhost:5178/articles/dam.html',
      publishedAt: '2026-05-11',
    },
  ],
};

let db: CrosscheckDatabase;
afterEach(async () => {
  await db.delete();
});

describe('storeDataset', () => {
  it('stores every row with facts read from each claim', async () => {
    db = new CrosscheckDatabase('store-dataset-1');
    const stored = await storeDataset(db, dataset, 'import', 1000);
    expect(stored).toMatchObject({ incidents: 1, sources: 2, claims: 2 });
    const claim = await db.claims.get('claim-dam-1');
    expect(claim?.origin).toBe('import');
    expect(claim?.facts.tolls).toEqual([expect.objectContaining({ slot: 'killed', min: 3, max: 3 })]);
  });

  it('changes nothing when the same file is loaded twice', async () => {
    db = new CrosscheckDatabase('store-dataset-2');
    await storeDataset(db, dataset, 'import', 1000);
    const again = await storeDataset(db, dataset, 'import', 2000);
    expect(again.changedClaims).toEqual([]);
    expect(await db.claims.count()).toBe(2);
    expect((await db.claims.get('claim-dam-1'))?.savedAt).toBe(1000);
  });

  it('merges a source’s new aliases into the stored one', async () => {
    db = new CrosscheckDatabase('store-dataset-3');
    await storeDataset(db, dataset, 'import', 1000);
    const renamed = { ...dataset, sources: [{ ...dataset.sources[0], name: 'Water Ministry', aliases: ['MoW'] }], claims: [] };
    await storeDataset(db, renamed, 'import', 2000);
    expect(await db.sources.get('src-ministry')).toMatchObject({
      name: 'Ministry of Water',
      aliases: expect.arrayContaining(['the ministry', 'MoW', 'Water Ministry']),
    });
  });

  it('writes nothing when a claim names an incident nobody has', async () => {
    db = new CrosscheckDatabase('store-dataset-4');
    const broken = { ...dataset, claims: [...dataset.claims, { ...dataset.claims[0], id: 'claim-x', incidentId: 'inc-missing' }] };
    await expect(storeDataset(db, broken, 'import', 1000)).rejects.toThrow(DatasetReferenceError);
    expect(await db.claims.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
  });
});
