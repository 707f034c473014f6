/**
 * A classic (W3C, HTTP) WebDriver session: the dozen commands the suite sends, over fetch.
 *
 * Why not WebdriverIO: its `webdriverio` package pulls in over a hundred packages, among them ones that
 * download browsers and drivers (geckodriver, edgedriver, @puppeteer/browsers), which this project
 * never runs; and the suite needs only navigation, script execution and windows.
 * https://www.w3.org/TR/webdriver2/#endpoints
 */
export class WebDriverSession {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly driverUrl: string,
    readonly id: string,
    /** The capabilities the driver granted: browserName, browserVersion, ... */
    readonly capabilities: Record<string, unknown>,
  ) {}

  /** Opens a session on the driver at `driverUrl` (e.g. `http://127.0.0.1:4444`). */
  static async start(driverUrl: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = await request<{ sessionId: string; capabilities: Record<string, unknown> }>(driverUrl, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new WebDriverSession(driverUrl, value.sessionId, value.capabilities);
  }

  /** Sends one command of this session: `path` is relative to `/session/{id}`. */
  command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return request<T>(this.driverUrl, method, `/session/${this.id}${path}`, body);
  }

  /**
   * Runs `task` with no other task of this session in between. Commands act on the session's current
   * window, so switching to a tab and acting on it must not interleave with another tab's commands.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the session; the driver closes its browser. */
  async close(): Promise<void> {
    await request(this.driverUrl, 'DELETE', `/session/${this.id}`);
  }
}

/** ms: the longest any command may take (a page load on 2 busy cores, a script awaiting IndexedDB). */
const COMMAND_TIMEOUT = 90_000;

/** One HTTP call to the driver; throws with the driver's error and message when it is not a success. */
async function request<T>(driverUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, signal: AbortSignal.timeout(COMMAND_TIMEOUT) };
  if (body !== undefined) {
    init.headers = { 'content-type': 'application/json; charset=utf-8' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`${driverUrl}${path}`, init);
  const text = await response.text();
  let answer: { value?: unknown };
  try {
    answer = JSON.parse(text) as { value?: unknown };
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const { error, message } = (answer.value ?? {}) as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status}: ${message ?? text.slice(0, 200)}`);
  }
  return answer.value as T;
}
