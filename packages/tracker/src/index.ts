// @vitrine/tracker: the whole public API.
export { createTracker, MAX_EVENT_BYTES, startTracker, type Tracker } from './create-tracker.js';
export { deferDelivery } from './defer-delivery.js';
export { createEngagedTimer, type EngagedTimer } from './engaged-timer.js';
export { installGlobal, type VitrineGlobal } from './install-global.js';
export { DEFAULTS, type Consent, type TrackerOptions, type WriteKeyAs } from './options.js';
export type { BatchBody, Context, Json, Landing, Message, Properties, SessionVisit } from './message.js';
export type { DropCounts, Stats } from './stats.js';
export { VitrineError } from './vitrine-error.js';
