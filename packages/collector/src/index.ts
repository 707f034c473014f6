// @vitrine/collector: the reference endpoint for Vitrine's tracker (and any Segment-Spec client).
export { startCollector } from './start-collector.js';
export { demoSite } from './demo/demo-site.js';
export type { Collector } from './collector.js';
export type { CollectorOptions } from './collector-options.js';
export type { RateLimitOptions } from './rate-limit/rate-limit-options.js';
export type { BucketLimit } from './rate-limit/token-bucket.js';
export type { EventRow } from './store/event-row.js';
export type { EventStore } from './store/event-store.js';
export { createSqliteEventStore } from './store/sqlite-event-store.js';
export { DB_FILE_NAME, SCHEMA, SCHEMA_VERSION } from './store/sqlite-db.js';
export { INGEST_LIMITS } from './ingest/ingest-limits.js';
