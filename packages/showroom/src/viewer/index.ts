// The lazily loaded 3D chunk: built with three into dist/showroom-viewer.js, which the showroom
// import()s when a viewer comes into view. No Preact here.
import { ModelViewer } from './model-viewer.js';
import { SharedRenderer, type RendererStats } from './shared-renderer.js';
import type { CreateViewer } from './showroom-viewer.js';

/** Creates a viewer drawing into a 2D `canvas`; throws a ViewerError (code `no-webgl`) without WebGL. */
export const createViewer: CreateViewer = (canvas) => new ModelViewer(canvas);

/** The shared renderer's live contexts, viewers, geometries and textures (tests, benchmark). */
export const rendererStats = (): RendererStats => SharedRenderer.stats();

export { ModelViewer } from './model-viewer.js';
export { ViewerError, type ViewerErrorCode } from './viewer-error.js';
export type { ProjectedHotspot } from './project-hotspots.js';
export type { RendererStats } from './shared-renderer.js';
export type { CreateViewer, ShowroomViewer } from './showroom-viewer.js';
