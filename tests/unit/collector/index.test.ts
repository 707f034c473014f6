import { describe, expect, it } from 'vitest';
import * as collector from '../../../packages/collector/src/index.js';

describe('@vitrine/collector public API', () => {
  it('exports exactly these values (types are checked by the compiler)', () => {
    expect(Object.keys(collector).sort()).toEqual([
      'DB_FILE_NAME',
      'INGEST_LIMITS',
      'MIGRATIONS',
      'SCHEMA_VERSION',
      'createPostgresClient',
      'createPostgresEventStore',
      'createSqlEventStore',
      'createSqliteClient',
      'createSqliteEventStore',
      'demoSite',
      'startCollector',
    ]);
  });
});
