/** CSS pixels from the viewport's top left. */
export interface Point {
  x: number;
  y: number;
}

/** The engines the suite runs in; Chromium and Firefox through Playwright, WebKit through WebDriver. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/**
 * One tab, whatever drives it. What a spec needs from a browser, no more, so that a spec written
 * against it runs in every engine. Functions given to `evaluate` and `waitFor` are serialised into
 * the page: each must be self-contained, and its argument and result JSON.
 */
export interface BrowserTab {
  /** Opens `url` and waits for its `load` event. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page; awaits the promise it returns. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn()` in the page until it returns true; throws after `timeout` ms. */
  waitFor(fn: () => boolean, timeout?: number): Promise<void>;
  /** Clicks the first element matching the CSS `selector`. */
  click(selector: string): Promise<void>;
  /** Clicks, as the mouse would, the first element matching `selector` in the open shadow root of `host`. */
  clickIn(host: string, selector: string): Promise<void>;
  /** Presses and releases each key in turn, as the keyboard would, on the focused element (`ArrowLeft`, `+`). */
  press(keys: string[]): Promise<void>;
  /** Drags the mouse from one viewport point to another, in a few steps, button held. */
  drag(from: Point, to: Point): Promise<void>;
  reload(): Promise<void>;
  /** Goes back one entry in the tab's history and waits for the page to show. */
  back(): Promise<void>;
  /** Closes the tab (its page unloads). Another tab must stay open in WebKit (see Tabs.open). */
  close(): Promise<void>;
}

/** The tabs of one test's browser session: a fresh profile per test, in every engine. */
export interface Tabs {
  engine: EngineName;
  /** The tab the test starts with. */
  first: BrowserTab;
  /** Opens a new, blank tab in the same session (same storage, same cookies). */
  open(): Promise<BrowserTab>;
  /**
   * Cuts the session off the network and back; undefined where the engine cannot (WebKit's
   * WebDriver has no network emulation: specs produce the same fault with the fault proxy).
   */
  setOffline: ((offline: boolean) => Promise<void>) | undefined;
}
