// @vitrine/showroom: the whole public API.
export { mountShowroom, type MountOptions, type ShowroomHandle } from './mount-showroom.js';
export { defineShowroomElement, mountDataShowrooms, ELEMENT_NAME } from './define-showroom-element.js';
export type { VitrineShowroomAttributes, VitrineShowroomElement, VitrineShowroomProps } from './showroom-element-types.js';
export type {
  VitrineCtaDetail,
  VitrineErrorCode,
  VitrineErrorDetail,
  VitrineEventDetail,
  VitrineQuizResultDetail,
  VitrineReadyDetail,
  VitrineShowroomEventMap,
  VitrineVariantDetail,
} from './showroom-element-events.js';
export { validateConfig, type ConfigValidation } from './config/validate-config.js';
export type { ConfigProblem } from './config/config-problem.js';
export type * from './config/showroom-config.js';
export type { ShowroomTracker } from './reporting/showroom-tracker.js';
export { trackerFromAnalytics, type AnalyticsLike } from './reporting/tracker-from-analytics.js';
export type { CommonProperties, Method, Module, ShowroomEventName, ShowroomEvents } from './reporting/showroom-events.js';
export type { CreateViewer, ShowroomViewer } from './viewer/showroom-viewer.js';
