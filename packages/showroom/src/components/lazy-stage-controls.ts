import type { ComponentProps } from 'preact';
import type { ArLink } from './ar-link.js';
import type { CameraPresets } from './camera-presets.js';
import type { StageTools } from './stage-tools.js';
import { lazyComponent, type LazyComponent } from './lazy-component.js';

// In the live stage's chunk, and the buttons in one of their own: their bytes are not among those a
// page loads before the 3D view.

/** The AR link. */
export const LazyArLink: LazyComponent<ComponentProps<typeof ArLink>> = lazyComponent(() => import('./live-stage.js').then((m) => m.ArLink));

/** The camera presets' buttons. */
export const LazyCameraPresets: LazyComponent<ComponentProps<typeof CameraPresets>> = lazyComponent(() => import('./live-stage.js').then((m) => m.CameraPresets));

/** The turn, tilt, zoom and auto-rotate buttons, fetched once the first frame is drawn. */
export const LazyStageTools: LazyComponent<ComponentProps<typeof StageTools>> = lazyComponent(() => import('./stage-tools.js').then((m) => m.StageTools));
