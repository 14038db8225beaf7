import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Incident } from '../model/incident';
import type { Source } from '../model/source';
import type { Correction, IndexSegment, SavedAnnotation, Setting, StoredClaim } from './records';
import { schemaVersions } from './schema-versions';

/**
 * The extension's IndexedDB, owned by the background. Tables are plural; every
 * version of the schema is declared in schema-versions.ts and never edited once
 * released, so an installed database always upgrades step by step.
 */
export class CrosscheckDatabase extends Dexie {
  incidents!: EntityTable<Incident, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  claims!: EntityTable<StoredClaim, 'id'>;
  annotations!: EntityTable<SavedAnnotation, 'id'>;
  corrections!: EntityTable<Correction, 'id'>;
  indexSegments!: EntityTable<IndexSegment, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'crosscheck', options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
