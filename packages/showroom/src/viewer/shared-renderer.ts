import { CubeCamera, NeutralToneMapping, PMREMGenerator, WebGLCubeRenderTarget, WebGLRenderer, type Camera, type Scene, type Texture, type WebGLRenderTarget } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { ViewerError } from './viewer-error.js';

declare const __DEV__: boolean;

/** A viewer drawn by the shared renderer. */
export interface RenderClient {
  /** Called on an animation frame the client asked for; returns true to be called again next frame. */
  frame(dtMs: number): boolean;
  /** The context was lost and restored, and the environment made anew: redo what lived only on the GPU (a baked shadow). */
  restored(environment: Texture): void;
}

export interface RendererStats {
  /** Live WebGL contexts this module holds: 1 while any viewer exists, else 0. */
  contexts: number;
  /** Contexts this module has created since the page loaded. */
  contextsCreated: number;
  viewers: number;
  /** The shared renderer's `info.memory` and compiled programs (0 without a renderer). */
  geometries: number;
  textures: number;
  programs: number;
}

/**
 * ms of viewers' drawing per animation frame: past it, the viewers not yet drawn wait for the next
 * frame. Copying a frame into a viewer's canvas waits for the GPU (about 17 ms a viewer in SwiftShader).
 */
const FRAME_BUDGET_MS = 50;

/** Live WebGL contexts this module holds (0 or 1), and how many it ever created. */
const contexts = { live: 0, created: 0 };
let instance: SharedRenderer | undefined;

/**
 * One WebGLRenderer, one WebGL context and one environment map for every viewer on the page, as
 * model-viewer's three-components/Renderer.ts: each viewer's scene is drawn into the top-left corner
 * of one offscreen canvas, then copied into the viewer's own 2D canvas. Browsers cap live contexts
 * (Chrome: 16), so one context per viewer would lose contexts on a category page. Ref-counted:
 * the last `release` frees the context; the next `acquire` makes a new one.
 */
export class SharedRenderer {
  readonly renderer: WebGLRenderer;
  /** The studio environment, prefiltered after the renderer is made (see makeEnvironment). */
  environment: Promise<Texture>;
  private envTarget: WebGLRenderTarget | undefined;
  private readonly clients = new Set<RenderClient>();
  private readonly due = new Set<RenderClient>();
  private readonly canvas = document.createElement('canvas');
  private raf = 0;
  private lastTime = 0;
  private width = 1; // px of the drawing buffer
  private height = 1;
  private lost = false;
  /** Fences awaited (`settled`): while any is, the GPU is still working through a viewer's first draws. */
  private fences = 0;
  /** Draws into the canvas so far: the last one's number is what the canvas holds. */
  private draws = 0;

  /** The page's shared renderer, created on first use; throws a ViewerError without WebGL. */
  static acquire(client: RenderClient): SharedRenderer {
    instance ??= new SharedRenderer();
    instance.clients.add(client);
    return instance;
  }

  /** What the page's shared renderer holds now: for tests, the benchmark and a debug overlay. */
  static stats(): RendererStats {
    const memory = instance?.renderer.info.memory;
    return {
      contexts: contexts.live,
      contextsCreated: contexts.created,
      viewers: instance?.clients.size ?? 0,
      geometries: memory?.geometries ?? 0,
      textures: memory?.textures ?? 0,
      programs: instance?.renderer.info.programs?.length ?? 0,
    };
  }

  private constructor() {
    // MSAA where pixels are large; at 2× and more the canvas is already supersampled. (Under
    // SwiftShader MSAA makes a 100k-triangle frame ~5× slower: 190 ms instead of 40 ms.)
    const antialias = (globalThis.devicePixelRatio || 1) < 2;
    // Asked for here, not by three: without WebGL 2 three would log its own console error, and the
    // showroom reports that case itself (a poster and a message).
    // preserveDrawingBuffer: a viewer's first frame, drawn while the GPU compiled, is copied out in a
    // later task (ModelViewer.prepare). The canvas is never shown, so this costs no extra copy.
    const context = this.canvas.getContext('webgl2', { alpha: true, antialias, powerPreference: 'high-performance', preserveDrawingBuffer: true });
    if (!context) throw new ViewerError('no-webgl', 'WebGL 2 is not available');
    try {
      this.renderer = new WebGLRenderer({ canvas: this.canvas, context, alpha: true, antialias });
    } catch (error) {
      throw new ViewerError('no-webgl', `WebGL is not available: ${String(error)}`);
    }
    contexts.live++;
    contexts.created++;
    this.renderer.setPixelRatio(1); // viewers size their canvases in device pixels themselves
    // As model-viewer: reading a program's status back waits for its compile, which would freeze
    // the page for seconds in software GL; development builds still report shader errors.
    this.renderer.debug.checkShaderErrors = __DEV__;
    this.renderer.toneMapping = NeutralToneMapping; // Khronos PBR Neutral: keeps product colours true
    this.renderer.setClearColor(0x000000, 0);
    this.canvas.addEventListener('webglcontextlost', this.onLost);
    this.canvas.addEventListener('webglcontextrestored', this.onRestored);
    this.environment = this.makeEnvironment();
    this.environment.catch(() => undefined); // released before any viewer awaited it
  }

  /** The viewer is gone; the last one frees the renderer, the environment and the context. */
  release(client: RenderClient): void {
    this.clients.delete(client);
    this.due.delete(client);
    if (this.clients.size > 0 || instance !== this) return;
    instance = undefined;
    cancelAnimationFrame(this.raf);
    this.canvas.removeEventListener('webglcontextlost', this.onLost);
    this.canvas.removeEventListener('webglcontextrestored', this.onRestored);
    this.envTarget?.dispose();
    this.renderer.dispose();
    // dispose() leaves the context to the garbage collector; lose it now so the browser's
    // context count drops at once (a category page may mount and unmount many viewers).
    this.renderer.forceContextLoss();
    contexts.live--;
  }

  /** Calls `client.frame` on the next animation frame (once, however often it is asked). */
  requestFrame(client: RenderClient): void {
    if (!this.clients.has(client)) return;
    this.due.add(client);
    if (!this.raf && !this.lost) this.raf = requestAnimationFrame(this.tick);
  }

  /**
   * Resolves once the GPU has carried out every command given so far, shader compiles included,
   * without blocking the page meanwhile: a WebGL 2 fence, polled from the event loop.
   */
  settled(): Promise<void> {
    const gl = this.renderer.getContext() as WebGL2RenderingContext;
    const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!fence) return Promise.resolve();
    gl.flush();
    this.fences++;
    return new Promise((resolve) => {
      const poll = () => {
        if (!this.lost && gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) return void setTimeout(poll, 5);
        gl.deleteSync(fence);
        this.fences--;
        resolve();
      };
      setTimeout(poll);
    });
  }

  /**
   * Renders `scene` at `width`×`height` device px and copies it into `target` (none: only renders).
   * Returns the draw's number, for `copy`; 0 when the context is lost (nothing drawn).
   */
  draw(scene: Scene, camera: Camera, target: CanvasRenderingContext2D | undefined, width: number, height: number): number {
    if (this.lost) return 0;
    if (width > this.width || height > this.height) {
      // Grow only: resizing the drawing buffer reallocates it, so every viewer shares the largest.
      this.width = Math.max(width, this.width);
      this.height = Math.max(height, this.height);
      this.renderer.setSize(this.width, this.height, false);
    }
    // GL's origin is bottom-left: draw in the buffer's top-left corner, where drawImage reads.
    const y = this.height - height;
    this.renderer.setViewport(0, y, width, height);
    this.renderer.setScissor(0, y, width, height);
    this.renderer.setScissorTest(true);
    this.renderer.render(scene, camera);
    const drawn = ++this.draws;
    if (target) this.copy(drawn, target, width, height);
    return drawn;
  }

  /**
   * Copies draw number `drawn` (`width`×`height` px) into `target`, while it is still the last one
   * drawn; false when another has been drawn since, or the context was lost. A copy waits for the
   * GPU to finish the draw.
   */
  copy(drawn: number, target: CanvasRenderingContext2D, width: number, height: number): boolean {
    if (this.lost || drawn !== this.draws) return false;
    target.globalCompositeOperation = 'copy';
    target.drawImage(this.canvas, 0, 0, width, height, 0, 0, width, height);
    return true;
  }

  /**
   * Prefilters three's RoomEnvironment (a neutral studio) for image-based lighting, in tasks of its
   * own so that the page stays responsive: after the task that made the renderer, and with the
   * room's two lit programs compiled ahead without blocking (KHR_parallel_shader_compile; three
   * would otherwise wait for each link the first time it draws). Resolves once its commands are
   * given; the GPU carries them out before anything drawn after them.
   */
  private async makeEnvironment(): Promise<Texture> {
    const gone = () => new ViewerError('disposed', 'the renderer was released or lost while its environment was made');
    await new Promise((resolve) => setTimeout(resolve));
    if (instance !== this || this.lost) throw gone();
    const { renderer } = this;
    const room = new RoomEnvironment();
    // Programs depend on the target: compiled for a cube target, as PMREMGenerator draws the room.
    const face = new WebGLCubeRenderTarget(1);
    renderer.setRenderTarget(face);
    const compiled = renderer.compileAsync(room, new CubeCamera(0.1, 100, face).children[0] as Camera);
    renderer.setRenderTarget(null);
    await compiled;
    face.dispose();
    if (instance !== this || this.lost) {
      room.dispose();
      throw gone();
    }
    const pmrem = new PMREMGenerator(renderer);
    // No extra blur before prefiltering (three's examples pass 0.04): the GGX levels blur as much as
    // each roughness needs, and the blur's two passes over six 256² faces cost 0.5 s in SwiftShader.
    this.envTarget = pmrem.fromScene(room, 0);
    room.dispose();
    pmrem.dispose();
    return this.envTarget.texture;
  }

  private readonly tick = (time: number): void => {
    this.raf = 0;
    if (this.fences > 0) {
      // Copying a frame into a canvas waits for every command the GPU has been given, another
      // viewer's first draws too (one such copy took 216 ms on a page of six): frames wait instead.
      this.raf = requestAnimationFrame(this.tick);
      return;
    }
    const dt = this.lastTime ? Math.min(100, time - this.lastTime) : 16;
    this.lastTime = time;
    const clients = [...this.due];
    this.due.clear();
    const again: RenderClient[] = [];
    const start = performance.now();
    for (const [i, client] of clients.entries()) {
      if (i > 0 && performance.now() - start > FRAME_BUDGET_MS) {
        // The rest draw first in the next frame (a page of twenty viewers drew its first frames in
        // one 350-ms task); a viewer that waited loses that frame's time, as a dropped frame does.
        for (const waiting of clients.slice(i)) this.due.add(waiting);
        break;
      }
      try {
        if (client.frame(dt)) again.push(client);
      } catch (error) {
        // One broken viewer must not stop the others; it stops animating, and says why.
        console.error('[vitrine:viewer-frame] a 3D view stopped drawing:', error);
      }
    }
    for (const client of again) this.due.add(client);
    if (this.due.size > 0) this.raf = requestAnimationFrame(this.tick);
    else this.lastTime = 0; // idle: no loop runs until a viewer asks again
  };

  private readonly onLost = (): void => {
    // three's own listener calls preventDefault(), which asks the browser to restore the context.
    this.lost = true;
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  };

  private readonly onRestored = (): void => {
    // three re-creates its GPU state and re-uploads geometry and textures on next use; render
    // targets come back empty, so the environment and each viewer's shadow are made again.
    this.lost = false;
    this.envTarget?.dispose();
    this.envTarget = undefined;
    this.environment = this.makeEnvironment();
    this.environment.then(
      (environment) => {
        for (const client of this.clients) {
          client.restored(environment);
          this.requestFrame(client);
        }
      },
      () => undefined, // released or lost again meanwhile: nothing to draw
    );
  };
}
