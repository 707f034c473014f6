import type { ComponentProps } from 'preact';
import type { HotspotLayer } from './hotspot-layer.js';
import { lazyComponent, type LazyComponent } from './lazy-component.js';

/** The hotspots, in a chunk of their own: they show only once the 3D view has drawn the model. */
export const LazyHotspotLayer: LazyComponent<ComponentProps<typeof HotspotLayer>> = lazyComponent(() => import('./hotspot-layer.js').then((m) => m.HotspotLayer));
