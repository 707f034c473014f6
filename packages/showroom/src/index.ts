// @vitrine/showroom: the whole public API.
export { mountShowroom, type MountOptions, type ShowroomHandle } from './mount-showroom.js';
export { defineShowroomElement, mountDataShowrooms, ELEMENT_NAME } from './define-showroom-element.js';
export type { VitrineShowroomAttributes, VitrineShowroomElement, VitrineShowroomProps } from './showroom-element-types.js';
export type {
  VitrineCtaDetail,
  VitrineErrorCode,
  VitrineErrorDetail,
  VitrineEventDetail,
  VitrineHoldoutDetail,
  VitrineQuizResultDetail,
  VitrineReadyDetail,
  VitrineShowroomEventMap,
  VitrineVariantDetail,
} from './showroom-element-events.js';
// The config and event types and the validator are @vitrine/contracts', re-exported for pages
// that import the widget only.
export { validateConfig, type ConfigProblem, type ConfigValidation } from '@vitrine/contracts';
export type {
  Answer, Arm, CameraPreset, Color, Cta, Experience, Experiment, Hotspot, Product, Question, QuizExperience,
  QuizResult, ShowroomConfig, StoryExperience, StoryPage, Theme, Trigger, Url, Variant, ViewerExperience,
} from '@vitrine/contracts';
export type { ShowroomTracker } from './reporting/showroom-tracker.js';
export { trackerFromAnalytics, type AnalyticsLike } from './reporting/tracker-from-analytics.js';
export type { CommonProperties, Method, Module, ShowroomEventName, ShowroomEvents } from '@vitrine/contracts';
export type { CreateViewer, ShowroomViewer } from './viewer/showroom-viewer.js';
