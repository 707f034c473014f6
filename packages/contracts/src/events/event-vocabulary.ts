import type { Module } from './module.js';
import type { ShowroomEventName } from './showroom-events.js';

/**
 * The module an event is filed under: one of the five, or `widget` for the widget's own reports
 * (the reporter files them under the module of the showroom's first experience), or `engaged` for
 * Engaged Time (filed under the module the time was spent in).
 */
export type EventModule = Module | 'widget' | 'engaged';

export interface EventSpec {
  module: EventModule;
  /**
   * Counted as an interaction (PRODUCT.md §3: any event of a module other than Loaded, Viewed,
   * Experiment Viewed and Engaged Time), in the figures' interactions and interaction frequency.
   */
  interaction: boolean;
}

/**
 * Where each showroom event counts: the one table the widget's reporter, the collector's rollups
 * and metrics, and the dashboard are typed against. Its keys are exactly ShowroomEvents' (the
 * `satisfies` below fails the build on a missing or an extra name).
 */
export const EVENT_VOCABULARY = {
  'Showroom Loaded': { module: 'widget', interaction: false },
  'Showroom Viewed': { module: 'widget', interaction: false },
  'Model Loaded': { module: 'sense', interaction: false },
  'Model Rotated': { module: 'sense', interaction: true },
  'Model Zoomed': { module: 'sense', interaction: true },
  'Hotspot Opened': { module: 'sense', interaction: true },
  'Variant Selected': { module: 'sense', interaction: true },
  // "act (try it: AR, configure, buy)", PRODUCT.md §1.
  'AR Launched': { module: 'act', interaction: true },
  'Story Page Viewed': { module: 'feel', interaction: true },
  'Story Completed': { module: 'feel', interaction: true },
  'Quiz Started': { module: 'think', interaction: true },
  'Quiz Answered': { module: 'think', interaction: true },
  'Quiz Completed': { module: 'think', interaction: true },
  'Recommendation Viewed': { module: 'think', interaction: true },
  'Incentive Revealed': { module: 'think', interaction: true },
  'CTA Clicked': { module: 'act', interaction: true },
  Shared: { module: 'relate', interaction: true },
  'Experiment Viewed': { module: 'widget', interaction: false },
  'Engaged Time': { module: 'engaged', interaction: false },
} as const satisfies { readonly [N in ShowroomEventName]: EventSpec };

/** The module EVENT_VOCABULARY files event `N` under. */
export type EventModuleOf<N extends ShowroomEventName> = (typeof EVENT_VOCABULARY)[N]['module'];

/** The events filed under one of the five modules (not the widget-wide ones, not Engaged Time). */
export type ModuleEventName = { [N in ShowroomEventName]: EventModuleOf<N> extends Module ? N : never }[ShowroomEventName];

/** "Quiz" of "Quiz Answered"; a one-word name is its own first word. */
type FirstWord<N extends string> = N extends `${infer Word} ${string}` ? Word : N;

/**
 * EVENT_VOCABULARY's modules by the first word of the event names (`Model` -> `sense`), widget-wide
 * events and Engaged Time left out: the table a browser reporter can ship instead of the whole
 * vocabulary, as every event of one word shares one module (a test walks every event to check it).
 */
export type ModuleByFirstWord = {
  readonly [N in ModuleEventName as FirstWord<N>]: EventModuleOf<N>;
};
