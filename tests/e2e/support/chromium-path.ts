import { execFileSync } from 'node:child_process';

/** Browsers tried in order when CHROMIUM_PATH is not set: Debian, Ubuntu/Alpine, Google's build. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/**
 * The Chromium the suite drives: `$CHROMIUM_PATH`, else the first of CANDIDATES on PATH.
 * We use the system browser because `npx playwright install` cannot download here (no internet).
 */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  for (const name of CANDIDATES) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // `command -v` exits 1 when the name is not on PATH: try the next one.
    }
  }
  throw new Error(
    `No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome executable, or put one of ${CANDIDATES.join(', ')} on PATH ` +
      '(e.g. `apt-get install chromium`).',
  );
}
