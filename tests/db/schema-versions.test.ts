import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CrosscheckDatabase } from '../../lib/db/database';
import { schemaVersions } from '../../lib/db/schema-versions';
import { keepValid } from '../../lib/db/read-valid';
import { storedClaimSchema } from '../../lib/db/records';
import { incidentSchema } from '../../lib/model/incident';
import schemaV1 from './fixtures/schema-v1.json';

/** Each released version's example rows, written as that version stored them. */
const fixtures: Record<number, typeof schemaV1> = { 1: schemaV1 };

describe('schema versions', () => {
  it('has a fixture for every released version', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(Object.keys(fixtures).map(Number));
  });

  it.each(schemaVersions.map((v) => v.version))('opens a database left at version %i and keeps its rows valid', async (version) => {
    const name = `crosscheck-upgrade-from-${version}`;
    const old = new Dexie(name);
    for (const declared of schemaVersions.filter((v) => v.version <= version)) old.version(declared.version).stores(declared.stores);
    const rows = fixtures[version];
    await old.table('incidents').bulkPut(rows.incidents);
    await old.table('sources').bulkPut(rows.sources);
    await old.table('claims').bulkPut(rows.claims);
    old.close();

    const db = new CrosscheckDatabase(name);
    const claims = keepValid(storedClaimSchema, await db.claims.toArray());
    const incidents = keepValid(incidentSchema, await db.incidents.toArray());
    expect(claims).toEqual({ rows: rows.claims, rejected: 0 });
    expect(incidents.rows.map((i) => i.id)).toEqual(['inc-ferry']);
    expect(db.verno).toBe(schemaVersions.at(-1)?.version);
    db.close();
  });
});

describe('keepValid', () => {
  it('sets malformed rows aside instead of failing the read', () => {
    const result = keepValid(incidentSchema, [schemaV1.incidents[0], { id: 'broken' }]);
    expect(result.rows).toHaveLength(1);
    expect(result.rejected).toBe(1);
  });
});
