import type { MessageType } from '@vitrine/contracts';

/**
 * The ingest routes and what each one's body is: a batch, or one message of the route's type.
 * Segment's HTTP API names (`/v1/track`), the short names analytics.js and analytics-next post
 * to (`/v1/t`, `/v1/b`), `/v1/import`, Segment's older name for the batch route, and
 * `/beacon/v1/batch`, RudderStack's route for page-hide requests (sendBeacon, keepalive), which
 * carry the write key as `?writeKey=` since they cannot carry headers.
 */
export const INGEST_ROUTES: Readonly<Record<string, 'batch' | MessageType>> = {
  '/v1/batch': 'batch',
  '/v1/b': 'batch',
  '/v1/import': 'batch',
  '/beacon/v1/batch': 'batch',
  '/v1/track': 'track',
  '/v1/t': 'track',
  '/v1/page': 'page',
  '/v1/p': 'page',
  '/v1/identify': 'identify',
  '/v1/i': 'identify',
  '/v1/screen': 'screen',
  '/v1/s': 'screen',
  '/v1/group': 'group',
  '/v1/g': 'group',
  '/v1/alias': 'alias',
  '/v1/a': 'alias',
};
