import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A WebKitWebDriver process on 127.0.0.1; each session it opens starts its own MiniBrowser. */
export interface WebKitDriver {
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  /** The capabilities that make a session drive `browser` (MiniBrowser) in automation mode. */
  capabilities: Record<string, unknown>;
  close(): Promise<void>;
}

/** A port free right now (the driver takes a port number, not 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `driver` (WebKitWebDriver) with `env` (its browsers inherit $DISPLAY), and waits until it answers /status, at most 20 s. */
export async function startWebKitDriver(driver: string, browser: string, env: NodeJS.ProcessEnv): Promise<WebKitDriver> {
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=local'], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 20_000; ; ) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}: ${log}`);
    const ready = await fetch(`${url}/status`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`WebKitWebDriver did not answer on ${url} within 20 s: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    capabilities: {
      // WebDriver classic: WebKitGTK has no BiDi. --automation: an ephemeral profile, controlled by the driver.
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    },
    async close() {
      child.kill();
      await exited;
    },
  };
}
