/** The JSON of `GET /api/metrics`, as the collector declares it: the one contract both sides compile against. */
export type * from '../../../collector/src/metrics/metrics-types.js';
