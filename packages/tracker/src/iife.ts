// The script-tag build: defines `window.vitrine`, replays the calls the one-line stub queued
// before this script loaded, and initialises itself from `data-` attributes on its script tag.
// A second copy of the script (or the showroom's bundled tracker) keeps the first one.
import { createTracker } from './create-tracker.js';
import { installGlobal } from './install-global.js';

installGlobal(document.currentScript as HTMLScriptElement | null, createTracker);
