// The three browser engines the e2e suite drives, found on this machine. We never download a browser:
// each is the distribution's own (Debian: chromium, firefox-esr, webkit2gtk-driver), or one an
// environment variable names.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromiumPath } from './chromium-path.mjs';

/** The first of `names` on PATH, or undefined. */
function onPath(names) {
  for (const name of names) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // `command -v` exits 1 when the name is not on PATH: try the next one.
    }
  }
  return undefined;
}

/** WebKitGTK's MiniBrowser, which Debian installs outside PATH, under the architecture's lib folder. */
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    const folders = existsSync(lib) ? readdirSync(lib) : [];
    for (const folder of ['', ...folders]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const file = path.join(lib, folder, api, 'MiniBrowser');
        if (existsSync(file)) return file;
      }
    }
  }
  return undefined;
}

/**
 * `{ chromium, firefox, webkit, missing }`: each engine's executable(s), or undefined when it cannot run
 * here, and for each of those, what is missing. Firefox and WebKit run headed, so they need Xvfb too.
 * Overrides: CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH.
 */
export function findEngines() {
  let chromium;
  try {
    chromium = chromiumPath();
  } catch {
    chromium = undefined;
  }
  const xvfb = onPath(['Xvfb']);
  const firefox = process.env.FIREFOX_PATH || onPath(['firefox-esr', 'firefox']);
  const driver = process.env.WEBKIT_WEBDRIVER_PATH || onPath(['WebKitWebDriver']);
  const browser = miniBrowser();
  const missing = {};
  const firefoxLacks = [!firefox && 'firefox-esr', !xvfb && 'xvfb'].filter(Boolean);
  const webkitLacks = [!driver && 'WebKitWebDriver (webkit2gtk-driver)', !browser && 'MiniBrowser (webkit2gtk-driver)', !xvfb && 'xvfb'].filter(Boolean);
  if (firefoxLacks.length) missing.firefox = firefoxLacks.join(', ');
  if (webkitLacks.length) missing.webkit = webkitLacks.join(', ');
  return {
    chromium,
    firefox: missing.firefox ? undefined : firefox,
    webkit: missing.webkit ? undefined : { driver, browser },
    missing,
  };
}
