import { deferDelivery, installGlobal, startTracker } from '@vitrine/tracker';
import { defineShowroomElement, mountDataShowrooms } from './define-showroom-element.js';
import { firstViewRequest } from './first-view-request.js';
import type { ShowroomTracker } from './reporting/showroom-tracker.js';

/** How long the tracker's sending code waits for a showroom to ask for its 3D view (all may wait for a scroll). */
const SENDING_AT_THE_LATEST = 2_000; // ms

/**
 * The script-tag build's module (showroom-core.js), started by showroom.iife.js with its script
 * tag: starts `window.vitrine` from the tag's `data-` attributes (or reuses the page's), registers
 * <vitrine-showroom>, and mounts every [data-vitrine-showroom] element, now or once the document
 * has been parsed. The tracker stores events at once but fetches its sending code only after the
 * first 3D chunk, so that it is not among the bytes before the 3D view.
 */
export function startShowrooms(script: HTMLScriptElement | null): void {
  const sendAfter = Promise.race([firstViewRequest, new Promise((resolve) => setTimeout(resolve, SENDING_AT_THE_LATEST))]);
  const defaults = {
    tracker: installGlobal(script, (options) => startTracker(options, deferDelivery(sendAfter))) as unknown as ShowroomTracker,
    ...(script?.dataset.endpoint && { endpoint: script.dataset.endpoint }),
    ...(script?.dataset.writeKey && { writeKey: script.dataset.writeKey }),
  };
  defineShowroomElement(defaults);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => mountDataShowrooms(document, defaults));
  else mountDataShowrooms(document, defaults);
}
