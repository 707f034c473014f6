// The script-tag build: `<script async src=".../showroom.iife.js">`. It contains the tracker (and
// reuses a `window.vitrine` already on the page), registers <vitrine-showroom>, and mounts every
// [data-vitrine-showroom] element. The 3D view is import()ed from showroom-viewer.js next to this
// script. No global besides `vitrine`.
import { defineShowroomElement, mountDataShowrooms } from './define-showroom-element.js';
import type { ShowroomTracker } from './reporting/showroom-tracker.js';
// After the widget: the bundle then keeps the tracker next to the reporter (it gzips smaller).
import { installGlobal } from '@vitrine/tracker';

// Only while this script first runs does document.currentScript name it.
const script = document.currentScript as HTMLScriptElement | null;
const defaults = {
  tracker: installGlobal(script) as unknown as ShowroomTracker,
  viewerUrl: new URL('showroom-viewer.js', script?.src || location.href).href,
  ...(script?.dataset.endpoint && { endpoint: script.dataset.endpoint }),
  ...(script?.dataset.writeKey && { writeKey: script.dataset.writeKey }),
};
defineShowroomElement(defaults);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => mountDataShowrooms(document, defaults));
else mountDataShowrooms(document, defaults);
