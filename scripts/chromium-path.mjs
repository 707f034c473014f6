// The system Chromium the browser tests and benchmarks drive. We never download a browser
// (`npx playwright install` needs internet access this project's machines do not have).
import { execFileSync } from 'node:child_process';

/** Tried in order when CHROMIUM_PATH is not set: Debian, Ubuntu/Alpine, Google's build. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** Flags for a headless run on a machine with no network but loopback. */
// WebGL: SwiftShader, Chromium's software GL, chosen explicitly (and allowed: Chromium otherwise warns that its
// automatic software fallback is deprecated), so the showroom's 3D view renders the same on any machine.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** `$CHROMIUM_PATH`, else the first of CANDIDATES on PATH; throws naming the fix. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of CANDIDATES) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // `command -v` exits 1 when the name is not on PATH: try the next one.
    }
  }
  throw new Error(
    `No Chromium found: set CHROMIUM_PATH, or put one of ${CANDIDATES.join(', ')} on PATH (Debian: apt-get install chromium).`,
  );
}
