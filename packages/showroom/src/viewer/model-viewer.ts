import { Box3, PerspectiveCamera, Scene, Sphere, Vector3, type Object3D, type Texture } from 'three';
import { isAllowedUrl, type CameraPreset, type Hotspot, type Variant } from '@vitrine/contracts';
import { ContactShadow } from './contact-shadow.js';
import { damp, type Damped } from './damper.js';
import { disposeObject } from './dispose-object.js';
import { bufferSize, fitDistance } from './framing.js';
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
const START: Orbit = { azimuth: 30, elevation: 15, distance: 0 }; // distance 0: fit the model

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
  private limits: OrbitLimits = DEFAULT_LIMITS;
  private orbit: Orbit = { ...START };
  private goal: Orbit = { ...START };
  private velocity: Orbit = { azimuth: 0, elevation: 0, distance: 0 };
  private autoRotate = false;
  private dirty = true;
  private visible = typeof IntersectionObserver === 'undefined';
  private size: [number, number] = [0, 0]; // device px
  private loads = 0;
  private disposed = false;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (!context) throw new ViewerError('no-webgl', 'the canvas has no 2D context (is it already used for WebGL?)');
    this.context = context;
    this.shared = SharedRenderer.acquire(this);
    this.scene.environment = this.shared.environment;
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

  async load(model: string, onProgress?: (fraction: number) => void): Promise<void> {
    if (this.disposed) throw new ViewerError('disposed', 'load() after dispose()');
    if (!isAllowedUrl(model)) throw new ViewerError('bad-url', `model "${model}" must be an https: or relative URL`);
    const load = ++this.loads;
    let root: Object3D;
    try {
      root = await loadGltf(model, onProgress);
    } catch (error) {
      throw new ViewerError('load-failed', `model "${model}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.disposed || load !== this.loads) {
      disposeObject(root);
      throw new ViewerError('disposed', `model "${model}" was replaced or the viewer disposed while it loaded`);
    }
    this.show(root);
    onProgress?.(1);
    if (this.variant) await this.setVariant(this.variant).catch(() => undefined);
    return this.nextFrame();
  }

  rotate(azimuthDeg: number, elevationDeg: number): void {
    this.moveTo({ ...this.goal, azimuth: this.goal.azimuth + azimuthDeg, elevation: this.goal.elevation + elevationDeg });
  }

  zoom(factor: number): void {
    if (factor > 0) this.moveTo({ ...this.goal, distance: this.goal.distance / factor });
  }

  setCamera(preset: CameraPreset): void {
    const { azimuth, elevation, distance } = preset.orbit;
    this.moveTo({ azimuth: nearestAzimuth(this.orbit.azimuth, azimuth), elevation, distance });
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
    if (this.disposed || !this.model || !this.visible || this.size[0] < 2) return false;
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

  private show(root: Object3D): void {
    this.clearModel();
    this.model = root;
    this.scene.add(root);
    const box = new Box3().setFromObject(root);
    const sphere = box.getBoundingSphere(new Sphere());
    this.centre.copy(sphere.center);
    this.radius = sphere.radius || 1;
    this.camera.near = this.radius * 0.05;
    this.camera.far = this.radius * 50;
    this.camera.updateProjectionMatrix();
    this.variants = new MaterialVariants(root);
    this.shadow = new ContactShadow(box);
    this.scene.add(this.shadow.group);
    this.shadow.bake(this.shared.renderer, this.scene);
    const fit = fitDistance(FOV, this.camera.aspect);
    this.limits = { ...DEFAULT_LIMITS, maxDistance: Math.max(DEFAULT_LIMITS.maxDistance, fit * 2) };
    this.orbit = clampOrbit({ ...START, distance: fit }, this.limits);
    this.goal = { ...this.orbit };
    this.velocity = { azimuth: 0, elevation: 0, distance: 0 };
    this.invalidate();
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
    if (!this.shared.draw(this.scene, this.camera, this.context, this.size[0], this.size[1])) return;
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
