// @vitrine/collector: the reference endpoint for Vitrine's tracker (and any Segment-Spec client).
export { startCollector } from './start-collector.js';
export { demoSite } from './demo/demo-site.js';
export type { Collector } from './collector.js';
export type { CollectorOptions } from './collector-options.js';
export type { RateLimitOptions } from './rate-limit/rate-limit-options.js';
export type { BucketLimit } from './rate-limit/token-bucket.js';
export type { EventRow } from './store/event-row.js';
export type { EventStore } from './store/event-store.js';
export type { VisitorRef } from './store/visitor-ref.js';
export type { SqlClient, SqlExecutor, SqlRunResult, SqlValue } from './store/sql-client.js';
export type { MetricsQuery, MetricsResult } from './metrics/metrics-types.js';
export { createSqliteEventStore } from './store/create-sqlite-event-store.js';
export { createSqlEventStore } from './store/sql-event-store.js';
export { createSqliteClient } from './store/sqlite-client.js';
export { DB_FILE_NAME } from './store/db-file-name.js';
export { MIGRATIONS, SCHEMA_VERSION } from './store/migrations.js';
export { INGEST_LIMITS } from './ingest/ingest-limits.js';
