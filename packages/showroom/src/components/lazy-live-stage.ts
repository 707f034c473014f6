import type { ComponentProps } from 'preact';
import { lazyComponent, type LazyComponent } from './lazy-component.js';
import type { LiveStage } from './live-stage.js';

/** The loading, driven 3D view, in a chunk of its own that the panel fetches beside the 3D chunk. */
export const LazyLiveStage: LazyComponent<ComponentProps<typeof LiveStage>> = lazyComponent(() => import('./live-stage.js').then((m) => m.LiveStage));
