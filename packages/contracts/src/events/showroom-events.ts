/**
 * Every event the showroom reports, and its properties: the one place they are documented.
 * Names follow PRODUCT.md §3 ("Object Action"). Each event also carries the common properties
 * (`showroom_id`, `config_version`, `module`, `experiments`), added by the reporter. Where each is
 * counted (its module, whether it is an interaction) is EVENT_VOCABULARY.
 */
import type { Module } from './module.js';

/** How the shopper did it. */
export type Method = 'drag' | 'pinch' | 'wheel' | 'keyboard' | 'button' | 'tap' | 'swipe' | 'auto' | 'story' | 'quiz';

export interface CommonProperties {
  showroom_id: string;
  config_version: number;
  module: Module;
  /** Experiment id -> arm id, for every experiment the visitor is in. */
  experiments: Record<string, string>;
}

export interface ShowroomEvents {
  /** The widget rendered. `modules`: the experiences it offers, in order. */
  'Showroom Loaded': { modules: Module[] };
  /** Half of the widget was in view for the first time. */
  'Showroom Viewed': Record<string, never>;
  /** The model's first frame was drawn; `ms` since the 3D chunk was asked for. */
  'Model Loaded': { ms: number };
  /** One drag, one key press held or released, one button press: the azimuth and elevation turned, in whole degrees. */
  'Model Rotated': { degrees: number; method: Method };
  /** One pinch, one wheel burst, one key or button press; `factor` > 1 is closer. */
  'Model Zoomed': { factor: number; method: Method };
  'Hotspot Opened': { hotspot_id: string; label: string; method: Method };
  /** `variant` is the product's colour/material variant. */
  'Variant Selected': { variant: string; label: string; method: Method };
  'AR Launched': { mode: 'scene-viewer' | 'quick-look' };
  /** `page` is 1-based. */
  'Story Page Viewed': { page: number; page_count: number; title: string; method: Method };
  'Story Completed': { page_count: number };
  'Quiz Started': { question_count: number };
  /** `question`: 1-based position in the shopper's path. */
  'Quiz Answered': { question_id: string; question: number; answer_ids: string[] };
  'Quiz Completed': { result_id: string; variant?: string; answer_count: number };
  'Recommendation Viewed': { result_id: string; variant?: string };
  'Incentive Revealed': { result_id: string; label: string };
  'CTA Clicked': { label: string; href: string; source: 'product' | 'quiz' };
  /** `ref`: the sharer reference the shared link carries as `utm_content` (random, names no visitor). */
  'Shared': { method: 'web-share' | 'copy-link'; ref: string };
  /** Exposure: once per visitor and experiment, when the arm is first rendered. */
  'Experiment Viewed': { experiment_id: string; arm_id: string };
  /** Engaged ms in one module, sent when the shopper moves to another module and at page hide. */
  'Engaged Time': { ms: number };
}

export type ShowroomEventName = keyof ShowroomEvents;
