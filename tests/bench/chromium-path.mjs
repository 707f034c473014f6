import { execFileSync } from 'node:child_process';

/** The system Chromium: $CHROMIUM_PATH, else the first of these on PATH (as the e2e suite finds it). */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH: try the next one
    }
  }
  throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
}
