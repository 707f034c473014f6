// The script-tag build: `<script async src=".../showroom.iife.js">`, a few hundred bytes that
// import() the showroom, ES modules next to this script: showroom-core.js (the tracker, preact,
// the shell, the config check, the story), then on demand the 3D view (showroom-viewer.js), the
// quiz, the hotspots and the gestures. Until the core has arrived, `window.vitrine` is the one-line
// stub (README), whose queued calls the tracker replays. No global besides `vitrine`.
import type { startShowrooms } from './start-showrooms.js';

// Only while this script first runs does document.currentScript name it.
const script = document.currentScript as HTMLScriptElement | null;
const core = new URL('showroom-core.js', script?.src || location.href).href;
const w = window as unknown as { vitrine?: Record<string, unknown> & { q?: unknown[] } };
const stub = (w.vitrine ??= { q: [] });
if (stub.q) for (const m of 'init track page identify flush setConsent reset'.split(' ')) stub[m] ??= (...args: unknown[]) => void stub.q!.push([m, args]);
(import(/* @vite-ignore */ core) as Promise<{ startShowrooms: typeof startShowrooms }>).then(
  (m) => m.startShowrooms(script),
  // A setup mistake (the file is missing, or a cross-origin host sends no CORS header): said once.
  (error: unknown) => console.error(`[vitrine:showroom-unavailable] ${core} could not be loaded; showrooms on this page stay empty.`, error),
);
