import type { CameraPreset, Hotspot, Variant } from '@vitrine/contracts';

/**
 * What the Preact components ask of the 3D view. Implemented by the Three.js classes of
 * viewer/ (in the lazily loaded chunk); the components never import three themselves.
 */
export interface ShowroomViewer {
  /**
   * Loads the model (from `response` when its fetch has already started) with the variant last set
   * applied; resolves after the first rendered frame; rejects when it cannot load.
   */
  load(model: string, onProgress?: (fraction: number) => void, response?: Promise<Response>): Promise<void>;
  /** Rotate by a gesture: degrees of azimuth and elevation. */
  rotate(azimuthDeg: number, elevationDeg: number): void;
  /** Zoom by a factor (> 1 closer). */
  zoom(factor: number): void;
  /** How close the camera is going, against the first view: 1 there, 1.5 after zooming in by half (limits applied). */
  zoomLevel(): number;
  setVariant(variant: Variant): Promise<void>;
  setCamera(preset: CameraPreset): void;
  setAutoRotate(on: boolean): void;
  /** Screen positions (px in the canvas) of the hotspots, and whether each is hidden behind the model. */
  projectHotspots(hotspots: readonly Hotspot[]): { id: string; x: number; y: number; occluded: boolean }[];
  /** Called after each rendered frame (hotspot buttons follow it). */
  onFrame(callback: () => void): () => void;
  /** Stops rendering, frees geometry, textures and the canvas's share of the renderer. */
  dispose(): void;
}

/** Creates a viewer drawing into `canvas`; throws (caught by the component) without WebGL. */
export type CreateViewer = (canvas: HTMLCanvasElement) => ShowroomViewer;
