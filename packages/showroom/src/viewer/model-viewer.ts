import { Box3, PerspectiveCamera, Scene, Sphere, Vector3, type Object3D, type Texture } from 'three';
import { isAllowedUrl, type CameraPreset, type Hotspot, type Variant } from '@vitrine/contracts';
import { ContactShadow } from './contact-shadow.js';
import { damp, type Damped } from './damper.js';
import { disposeObject } from './dispose-object.js';
import { bufferSize, frameDistance, type HalfSize } from './framing.js';
import { loadGltf } from './load-gltf.js';
import { MaterialVariants } from './material-variants.js';
import { clampOrbit, DEFAULT_LIMITS, nearestAzimuth, orbitOffset, type Orbit, type OrbitLimits } from './orbit.js';
import { projectHotspots, type ProjectedHotspot } from './project-hotspots.js';
import { SharedRenderer, type RenderClient } from './shared-renderer.js';
import type { ShowroomViewer } from './showroom-viewer.js';
import { ViewerError } from './viewer-error.js';

const FOV = 30; // degrees, vertical: a product lens, little perspective distortion
const DECAY = 60; // ms, time constant of camera moves (gestures, buttons, presets)
const AUTO_ROTATE_SPEED = 0.02; // degrees per ms (a turn in 18 s)
const START: Orbit = { azimuth: 30, elevation: 15, distance: 0 }; // distance 0: frame the model
/** Azimuths the first view's distance is checked from: turning the model never crops it. */
const AROUND = Array.from({ length: 24 }, (_, i) => i * 15);

/**
 * One product in 3D: a scene with the model, environment lighting and a contact shadow, an orbiting
 * camera, drawn through the page's SharedRenderer into `canvas` (a 2D canvas). Draws only when
 * something changed (camera move, variant, size), never while the canvas is out of view.
 */
export class ModelViewer implements ShowroomViewer, RenderClient {
  /** Frames drawn so far (tests count them; nothing else should). */
  frames = 0;
  private readonly context: CanvasRenderingContext2D;
  private readonly shared: SharedRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(FOV, 1, 0.01, 100);
  private readonly callbacks = new Set<() => void>();
  private readonly waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  private readonly resizeObserver?: ResizeObserver;
  private readonly intersectionObserver?: IntersectionObserver;
  private model: Object3D | undefined;
  private shadow: ContactShadow | undefined;
  private variants: MaterialVariants | undefined;
  private variant: Variant | undefined;
  private centre = new Vector3();
  private radius = 1;
  private half: HalfSize = [1, 1, 1];
  private limits: OrbitLimits = DEFAULT_LIMITS;
  private orbit: Orbit = { ...START };
  private goal: Orbit = { ...START };
  /** The first view's distance (model radii): zoom level 1. */
  private framed = 1;
  /** The view's distance comes from the model's bounds (first view, a preset without a distance): kept on resize. */
  private framing: 'around' | 'here' | undefined = 'around';
  private velocity: Orbit = { azimuth: 0, elevation: 0, distance: 0 };
  private autoRotate = false;
  private dirty = true;
  private visible = typeof IntersectionObserver === 'undefined';
  private size: [number, number] = [0, 0]; // device px
  private loads = 0;
  /** The model is in the scene but its first frame is still being readied (`prepare`): nothing is drawn. */
  private preparing = false;
  private disposed = false;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (!context) throw new ViewerError('no-webgl', 'the canvas has no 2D context (is it already used for WebGL?)');
    this.context = context;
    this.shared = SharedRenderer.acquire(this);
    this.resize(canvas.clientWidth, canvas.clientHeight);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(([entry]) => entry && this.resize(entry.contentRect.width, entry.contentRect.height));
      this.resizeObserver.observe(canvas);
    }
    if (typeof IntersectionObserver !== 'undefined') {
      this.intersectionObserver = new IntersectionObserver((entries) => {
        this.visible = entries.at(-1)?.isIntersecting ?? this.visible;
        if (this.visible) this.shared.requestFrame(this);
      });
      this.intersectionObserver.observe(canvas);
    }
  }

  async load(model: string, onProgress?: (fraction: number) => void, response?: Promise<Response>): Promise<void> {
    if (this.disposed) throw new ViewerError('disposed', 'load() after dispose()');
    if (!isAllowedUrl(model)) throw new ViewerError('bad-url', `model "${model}" must be an https: or relative URL`);
    const load = ++this.loads;
    let root: Object3D;
    try {
      root = await loadGltf(model, onProgress, response);
    } catch (error) {
      throw new ViewerError('load-failed', `model "${model}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    // The chosen variant's materials (and textures) are on the model before its first frame.
    const variants = new MaterialVariants(root);
    const variant = this.variant;
    if (variant) await variants.apply(variant).catch(() => undefined);
    const superseded = () => new ViewerError('disposed', `model "${model}" was replaced or the viewer disposed while it loaded`);
    if (this.disposed || load !== this.loads) {
      disposeObject(root);
      variants.dispose();
      throw superseded();
    }
    this.show(root, variants);
    const shown = await this.prepare(load);
    if (this.disposed || load !== this.loads) throw superseded();
    onProgress?.(1);
    if (this.variant && this.variant !== variant) await this.setVariant(this.variant).catch(() => undefined);
    if (!shown) return this.nextFrame();
  }

  rotate(azimuthDeg: number, elevationDeg: number): void {
    this.moveTo({ ...this.goal, azimuth: this.goal.azimuth + azimuthDeg, elevation: this.goal.elevation + elevationDeg });
  }

  zoom(factor: number): void {
    if (!(factor > 0)) return;
    this.framing = undefined;
    this.moveTo({ ...this.goal, distance: this.goal.distance / factor });
  }

  zoomLevel(): number {
    return this.framed / this.goal.distance;
  }

  /** Moves to a preset; one without a distance frames the whole model from its direction. */
  setCamera(preset: CameraPreset): void {
    const { azimuth, elevation, distance } = preset.orbit;
    this.framing = distance === undefined ? 'here' : undefined;
    const orbit = { azimuth: nearestAzimuth(this.orbit.azimuth, azimuth), elevation, distance: 0 };
    this.moveTo({ ...orbit, distance: distance ?? this.framedDistance(orbit) });
  }

  /**
   * Turns auto-rotate on or off. The widget starts it only without reduced motion, or when the
   * shopper presses "Start turning" (ignoring that press left a button that said "Stop turning").
   */
  setAutoRotate(on: boolean): void {
    this.autoRotate = on;
    this.shared.requestFrame(this);
  }

  async setVariant(variant: Variant): Promise<void> {
    this.variant = variant;
    if (!this.variants) return;
    try {
      await this.variants.apply(variant);
    } finally {
      this.invalidate();
    }
  }

  projectHotspots(hotspots: readonly Hotspot[]): ProjectedHotspot[] {
    if (!this.model) return hotspots.map(({ id }) => ({ id, x: 0, y: 0, occluded: true }));
    this.placeCamera();
    return projectHotspots(hotspots, this.camera, this.model, this.canvas.clientWidth, this.canvas.clientHeight, this.radius * 0.02);
  }

  onFrame(callback: () => void): () => void {
    this.callbacks.add(callback);
    return () => this.callbacks.delete(callback);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
    this.clearModel();
    this.callbacks.clear();
    for (const { reject } of this.waiting.splice(0)) reject(new ViewerError('disposed', 'the viewer was disposed before its first frame'));
    this.scene.environment = null;
    this.shared.release(this);
  }

  /** RenderClient: one animation frame. Returns true while the camera is still moving. */
  frame(dtMs: number): boolean {
    if (this.disposed || !this.model || this.preparing || !this.visible || this.size[0] < 2) return false;
    if (this.autoRotate) this.goal.azimuth += AUTO_ROTATE_SPEED * dtMs;
    const moved = this.step(dtMs);
    if (moved || this.dirty) this.render();
    return this.autoRotate || !this.settled();
  }

  /** RenderClient: the context came back; the shadow lived on the GPU only. */
  restored(environment: Texture): void {
    this.scene.environment = environment;
    this.shadow?.bake(this.shared.renderer, this.scene);
    this.dirty = true;
  }

  private show(root: Object3D, variants: MaterialVariants): void {
    this.clearModel();
    this.model = root;
    this.variants = variants;
    this.scene.add(root);
    const box = new Box3().setFromObject(root);
    const sphere = box.getBoundingSphere(new Sphere());
    const size = box.getSize(new Vector3());
    this.centre.copy(sphere.center);
    this.radius = sphere.radius || 1;
    this.half = [size.x / 2, size.y / 2, size.z / 2];
    this.camera.near = this.radius * 0.05;
    this.camera.far = this.radius * 50;
    this.camera.updateProjectionMatrix();
    this.shadow = new ContactShadow(box);
    this.scene.add(this.shadow.group);
    this.framing = 'around';
    const fit = this.framedDistance(START);
    this.limits = { ...DEFAULT_LIMITS, maxDistance: Math.max(DEFAULT_LIMITS.maxDistance, fit * 2) };
    this.orbit = clampOrbit({ ...START, distance: fit }, this.limits);
    this.framed = this.orbit.distance;
    this.goal = { ...this.orbit };
    this.velocity = { azimuth: 0, elevation: 0, distance: 0 };
    this.invalidate();
  }

  /**
   * Readies the first frame without freezing the page. A first draw costs the GPU its pipelines'
   * compiles (seconds in software GL), and copying a frame to the viewer's canvas waits for the GPU:
   * so, once the environment is made, the shadow is baked and the scene drawn once uncopied, each
   * awaited with a fence while the page stays responsive. That draw is then the first frame, copied
   * into the canvas once the GPU finished it (true); drawing it again, as any later frame is, waited
   * for SwiftShader to draw a 100k-triangle model, 130–180 ms of main thread. Where another viewer
   * drew meanwhile, or the view's size or variant changed, the next frame draws it anew (false).
   */
  private async prepare(load: number): Promise<boolean> {
    this.preparing = true;
    try {
      const environment = await this.shared.environment;
      // Every viewer waiting for the environment wakes in one task: each goes on in a task of its own,
      // or twenty viewers' shadows were baked in one 400-ms task.
      await new Promise((resolve) => setTimeout(resolve));
      if (this.disposed || load !== this.loads) return false;
      this.scene.environment = environment;
      this.shadow?.bake(this.shared.renderer, this.scene);
      await this.shared.settled();
      if (this.disposed || load !== this.loads) return false;
      this.placeCamera();
      const [width, height] = this.size;
      const variant = this.variant;
      const drawn = this.shared.draw(this.scene, this.camera, undefined, width, height);
      await this.shared.settled();
      if (this.disposed || load !== this.loads || !drawn || variant !== this.variant) return false;
      if (width !== this.size[0] || height !== this.size[1] || !this.shared.copy(drawn, this.context, width, height)) return false;
      this.presented();
      this.shared.requestFrame(this); // a gesture or auto-rotate asked for while it loaded
      return true;
    } finally {
      if (load === this.loads) this.preparing = false;
    }
  }

  /**
   * The distance (model radii) that shows the whole model: from `orbit`'s direction, or, for the
   * first view, from every direction at its elevation, so that turning it never crops it.
   */
  private framedDistance(orbit: Orbit): number {
    const { half, radius, camera } = this;
    const from = (azimuth: number) => frameDistance(half, { azimuth, elevation: orbit.elevation }, radius, FOV, camera.aspect);
    return this.framing === 'around' ? Math.max(...AROUND.map(from)) : from(orbit.azimuth);
  }

  private clearModel(): void {
    if (this.model) disposeObject(this.model);
    this.shadow?.dispose();
    this.variants?.dispose();
    this.model = this.shadow = this.variants = undefined;
  }

  private moveTo(orbit: Orbit): void {
    this.goal = clampOrbit(orbit, this.limits);
    this.shared.requestFrame(this);
  }

  /** Advances the camera towards its goal; true when it moved. */
  private step(dtMs: number): boolean {
    let moved = false;
    for (const key of ['azimuth', 'elevation', 'distance'] as const) {
      const state: Damped = { x: this.orbit[key], velocity: this.velocity[key] };
      // Normalization sets the snap threshold: degrees settle within ~0.1°, distance within ~0.01 radii.
      const next = damp(state, this.goal[key], dtMs, DECAY, key === 'distance' ? 1 : 10);
      moved ||= next.x !== state.x;
      this.orbit[key] = next.x;
      this.velocity[key] = next.velocity;
    }
    return moved;
  }

  private settled(): boolean {
    const { orbit, goal } = this;
    return orbit.azimuth === goal.azimuth && orbit.elevation === goal.elevation && orbit.distance === goal.distance;
  }

  private placeCamera(): void {
    const [x, y, z] = orbitOffset(this.orbit, this.radius);
    this.camera.position.set(this.centre.x + x, this.centre.y + y, this.centre.z + z);
    this.camera.lookAt(this.centre);
    this.camera.updateMatrixWorld();
  }

  private render(): void {
    this.placeCamera();
    if (this.shared.draw(this.scene, this.camera, this.context, this.size[0], this.size[1])) this.presented();
  }

  /** A frame is on the canvas: the first load's promise and the frame callbacks (hotspots) hear it. */
  private presented(): void {
    this.dirty = false;
    this.frames++;
    for (const { resolve } of this.waiting.splice(0)) resolve();
    for (const callback of this.callbacks) callback();
  }

  private resize(cssWidth: number, cssHeight: number): void {
    const [width, height] = bufferSize(cssWidth, cssHeight, globalThis.devicePixelRatio);
    if (width === this.size[0] && height === this.size[1]) return;
    this.size = [width, height];
    // Setting a canvas's size clears it: it must be drawn again.
    this.canvas.width = width;
    this.canvas.height = height;
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    // A framed view stays framed at the new shape (a phone turned, a column resized).
    if (this.model && this.framing) {
      const distance = this.framedDistance(this.goal);
      if (this.framing === 'around') this.framed = distance;
      this.limits = { ...this.limits, maxDistance: Math.max(this.limits.maxDistance, distance * 2) };
      this.goal = clampOrbit({ ...this.goal, distance }, this.limits);
    }
    this.invalidate();
  }

  private invalidate(): void {
    this.dirty = true;
    this.shared.requestFrame(this);
  }

  private nextFrame(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.invalidate();
    });
  }
}
