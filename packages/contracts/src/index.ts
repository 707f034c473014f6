// @vitrine/contracts: the whole public API. The language the packages share, and nothing that
// runs on its own: no dependency, no DOM, no Node.

// The showroom config: its schema, types and validator, and what an experiment arm means.
// (Listed in the order the script-tag build's first chunk, at its size budget, lays them out.)
export type * from './config/showroom-config.js';
export type { ConfigProblem } from './config/config-problem.js';
export type { ConfigFault } from './config/config-fault.js';
export type { ConfigValidation } from './config/validate-config.js';
export type { ExperimentsApplied } from './config/apply-experiments-quietly.js';
export type { JsonSchema } from './config/json-schema.js';
export { applyExperimentsQuietly } from './config/apply-experiments-quietly.js';
export { applyExperiments } from './config/apply-experiments.js';
export { inAudience, type Visit } from './config/in-audience.js';
export { bucketVisitor } from './config/bucket-visitor.js';
export { mergePatch } from './config/merge-patch.js';
export { DEFAULT_STRINGS, type StringKey } from './config/default-strings.js';
export { checkConfigQuietly } from './config/check-config-quietly.js';
export { checkConfig } from './config/check-config.js';
export { describeFault } from './config/describe-fault.js';
export { themeContrast } from './config/theme-contrast.js';
export { contrastRatio } from './config/contrast-ratio.js';
export { validateConfig } from './config/validate-config.js';
export { isAllowedUrl } from './config/is-allowed-url.js';
export { shipArm, type ShippedArm } from './config/ship-arm.js';
export { EXPERIMENT_METRICS } from './config/experiment-metrics.js';

// The events the showroom reports: names, properties, modules, interactions.
export { MODULES, type Module } from './events/module.js';
export type { CommonProperties, Method, ShowroomEventName, ShowroomEvents } from './events/showroom-events.js';
export { EVENT_VOCABULARY, type EventModule, type EventModuleOf, type EventSpec, type ModuleByFirstWord, type ModuleEventName } from './events/event-vocabulary.js';
export { isShowroomEvent } from './events/is-showroom-event.js';
export { COMMERCE_EVENTS, isCommerceEvent, type CommerceEventName, type CommerceEvents, type CommerceProduct } from './events/commerce-events.js';

// The wire: what the tracker sends, what the collector accepts.
export type { Context, Json, Properties, SentBatch, SentMessage, Touch } from './wire/sent-batch.js';
export { MESSAGE_TYPES, type AcceptedMessage, type MessageType } from './wire/accepted-message.js';

// Where a visit came from: GA4's default channel group, from the landing's campaign, click ids and
// referrer. The collector's rollups and the showroom's audiences (in a chunk of its own) run the same rules.
export { landingOf } from './channels/landing-of.js';
export { touchFromLanding, type Landing } from './channels/touch-from-landing.js';
export { classifyChannel } from './channels/classify-channel.js';
export type { TrafficSource } from './channels/traffic-source.js';

// The collector's HTTP API: requests and answers.
export { CHANNELS, type Channel } from './api/channel.js';
export type * from './api/metrics-types.js';
export type * from './api/config-api-types.js';
export type { DeleteVisitorAnswer, DeleteVisitorRequest } from './api/visitor-api-types.js';
export type { ErrorAnswer } from './api/error-answer.js';
export type { IngestAnswer } from './api/ingest-answer.js';
