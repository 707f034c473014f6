/**
 * An init script (self-contained: it is serialised into the page) that counts, from before any
 * other script, every WebGL context the page creates and every one it loses, in `window.webgl`.
 */
export function countWebglContexts(): void {
  const counts = { created: 0, lost: 0 };
  (window as unknown as { webgl: typeof counts }).webgl = counts;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (context && /webgl/.test(type) && !(this as { counted?: true }).counted) {
      (this as { counted?: true }).counted = true;
      counts.created++;
      this.addEventListener('webglcontextlost', () => counts.lost++);
    }
    return context;
  } as typeof getContext;
}

/** What countWebglContexts counted so far (run in the page). */
export const webglCounts = (): { created: number; lost: number } => (window as unknown as { webgl: { created: number; lost: number } }).webgl;
