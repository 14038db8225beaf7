import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from '../../lib/db/database';
import { PersistedSearch } from '../../lib/db/persisted-search';
import type { StoredClaim } from '../../lib/db/records';
import { readFacts } from '../../lib/facts';

function claim(id: string, text: string): StoredClaim {
  return {
    id,
    incidentId: 'inc-bridge',
    sourceId: 'src-police',
    text,
    outlet: 'Riverside Herald',
    url: `http://localhost/${id}.html`,
    publishedAt: '2026-06-01',
    origin: 'saved',
    facts: readFacts(text),
    savedAt: 1,
  };
}

const claims = [
  claim('c1', 'a barge struck the old railway bridge and two crew members were hurt'),
  claim('c2', 'the harbour master said the river was closed to traffic for six hours'),
  claim('c3', 'police divers recovered a body near the ferry landing'),
];

let db: CrosscheckDatabase;
afterEach(async () => {
  await db.delete();
});

describe('PersistedSearch', () => {
  it('finds what was added, and a fresh worker finds it from the stored segments without the claims', async () => {
    db = new CrosscheckDatabase('persisted-search-1');
    await db.claims.bulkPut(claims);
    await new PersistedSearch(db).add(claims);
    await db.claims.clear();
    const restarted = new PersistedSearch(db);
    expect((await restarted.search('barge hit the railway bridge', 3))[0]?.id).toBe('c1');
  });

  it('takes in later additions and removals incrementally, and keeps them across restarts', async () => {
    db = new CrosscheckDatabase('persisted-search-2');
    const search = new PersistedSearch(db);
    await search.add(claims.slice(0, 2));
    await search.add([claims[2]]);
    await search.remove(['c1']);
    const restarted = new PersistedSearch(db);
    expect((await restarted.search('divers recovered a body at the ferry', 3))[0]?.id).toBe('c3');
    expect((await restarted.search('barge railway bridge crew', 3)).map((hit) => hit.id)).not.toContain('c1');
  });

  it('rebuilds from the claims when the stored index is unusable', async () => {
    db = new CrosscheckDatabase('persisted-search-3');
    await db.claims.bulkPut(claims);
    await db.settings.put({ key: 'searchIndexManifest', value: { version: 99 } });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect((await new PersistedSearch(db).search('river closed to traffic', 3))[0]?.id).toBe('c2');
    } finally {
      console.warn = warn;
    }
  });
});
