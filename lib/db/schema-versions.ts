import type { Transaction } from 'dexie';

/** One released schema version: its table layout and, from version 2 on, how old rows are carried over. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/**
 * Every released version, oldest first. Add a new entry for each change; never
 * edit a released one. Each version has a fixture and a test in tests/db/.
 */
export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      incidents: 'id, dateStart, dateEnd',
      sources: 'id, name, *aliases',
      claims: 'id, incidentId, sourceId, url, origin',
      annotations: 'id, pageUrl',
      corrections: 'id, claimId',
      indexSegments: 'id',
      settings: 'key',
    },
  },
];
