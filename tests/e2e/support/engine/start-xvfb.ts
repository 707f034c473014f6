import { spawn } from 'node:child_process';

/** An X server in memory, for one headed browser. */
export interface Xvfb {
  /** For $DISPLAY, e.g. `:3`. */
  display: string;
  close(): Promise<void>;
}

/**
 * Starts Xvfb on the first free display (it writes the number to fd 3); at most 15 s. Each headed
 * browser gets its own: with no window manager, the window mapped last takes the keyboard focus,
 * so two browsers on one display would take it from each other, and a page without focus counts
 * no engaged time (`document.hasFocus()` is false).
 */
export async function startXvfb(): Promise<Xvfb> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const number = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within 15 s: ${log}`)), 15_000);
    child.once('error', (error) => reject(new Error(`Xvfb did not start (Debian: apt-get install xvfb): ${error.message}`)));
    void exited.then(() => reject(new Error(`Xvfb exited with ${child.exitCode}: ${log}`)));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString().trim());
    });
  }).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  const kill = () => child.kill();
  process.once('exit', kill); // also when the worker is torn down abruptly
  return {
    display: `:${number}`,
    async close() {
      process.off('exit', kill);
      child.kill();
      await exited;
    },
  };
}
