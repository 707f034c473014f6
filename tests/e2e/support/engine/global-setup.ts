import { spawn, type ChildProcess } from 'node:child_process';
import type { FullConfig } from '@playwright/test';
import { findEngines } from '../../../../scripts/find-engines.mjs';

/**
 * Says which engines this run drives, loudly which it skips, and gives the headed ones a display:
 * Firefox runs headed because headless Firefox has no WebGL here, and WebKitGTK's MiniBrowser always
 * opens a window. Without $DISPLAY it starts one Xvfb for the whole run (workers inherit $DISPLAY).
 */
export default async function globalSetup(config: FullConfig): Promise<(() => Promise<void>) | undefined> {
  const engines = findEngines();
  const projects = new Set(config.projects.map((p) => p.name));
  const ran = ['chromium', 'firefox', 'webkit'].filter((name) => projects.has(name));
  console.log(`\nengines: ${ran.map((name) => `${name} (${describe(name, engines)})`).join(', ')}`);
  if (!engines.firefox) console.log('⚠ firefox: SKIPPED, not installed (Debian: apt-get install firefox-esr; or run scripts/ensure-browsers.sh)');
  if (!engines.webkit) console.log('⚠ webkit: SKIPPED, not installed (Debian: apt-get install webkit2gtk-driver; or run scripts/ensure-browsers.sh)');
  if (!ran.some((name) => name !== 'chromium') || process.env['DISPLAY']) return undefined;

  const xvfb = await startXvfb();
  process.env['DISPLAY'] = xvfb.display;
  console.log(`headed engines draw on Xvfb ${xvfb.display}`);
  return async () => {
    xvfb.process.kill();
  };
}

function describe(name: string, engines: ReturnType<typeof findEngines>): string {
  if (name === 'webkit') return engines.webkit?.browser ?? 'not installed';
  return (name === 'firefox' ? engines.firefox : engines.chromium) ?? 'not installed';
}

/** Starts Xvfb on the first free display (it writes the number to fd 3); at most 15 s. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2_000)));
  const number = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within 15 s: ${log}`)), 15_000);
    child.once('error', (error) => reject(new Error(`Xvfb did not start (Debian: apt-get install xvfb): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${log}`)));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString().trim());
    });
  });
  child.removeAllListeners('exit');
  process.once('exit', () => child.kill()); // also when the run is interrupted
  return { display: `:${number}`, process: child };
}
