import type { BrowserTab, EngineName, Tabs } from './browser-tab.js';
import type { WebDriverSession } from './webdriver-session.js';

/** The W3C key of an element reference in a WebDriver answer. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** ...and of a shadow root's. */
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

/** WebDriver's code points for the keys the specs press by name (https://www.w3.org/TR/webdriver2/#keyboard-actions). */
const KEYS: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015' };
const STEPS = 6;

/** Which window the session's commands go to now; shared by the tabs of one session. */
interface Focus {
  handle: string | undefined;
}

/** One window handle of a WebDriver session as a BrowserTab. */
function webdriverTab(session: WebDriverSession, handle: string, focus: Focus): BrowserTab {
  /** Runs `task` alone on the session, with this tab as the current window. */
  const onThisTab = <T>(task: () => Promise<T>): Promise<T> =>
    session.exclusive(async () => {
      if (focus.handle !== handle) {
        await session.command('POST', '/window', { handle });
        focus.handle = handle;
      }
      return task();
    });
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    onThisTab(() =>
      // The function body WebDriver runs; it awaits a returned promise (WebDriver's "execute script").
      session.command<R>('POST', '/execute/sync', { script: `return (${fn.toString()}).apply(null, arguments)`, args: arg === undefined ? [] : [arg] }),
    );

  return {
    goto: (url) => onThisTab(() => session.command('POST', '/url', { url })),
    evaluate,
    waitFor: async (fn, timeout = 10_000) => {
      const deadline = Date.now() + timeout;
      while (!(await evaluate(fn))) {
        if (Date.now() > deadline) throw new Error(`waitFor: ${fn.toString()} still false after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    click: (selector) =>
      onThisTab(async () => {
        const element = await session.command<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector });
        await session.command('POST', `/element/${element[ELEMENT]}/click`, {});
      }),
    clickIn: (host, selector) =>
      onThisTab(async () => {
        const element = await session.command<Record<string, string>>('POST', '/element', { using: 'css selector', value: host });
        const root = await session.command<Record<string, string>>('GET', `/element/${element[ELEMENT]}/shadow`);
        const inner = await session.command<Record<string, string>>('POST', `/shadow/${root[SHADOW]}/element`, { using: 'css selector', value: selector });
        await session.command('POST', `/element/${inner[ELEMENT]}/click`, {});
      }),
    press: (keys) =>
      onThisTab(() => {
        const actions = keys.flatMap((key) => [
          { type: 'keyDown', value: KEYS[key] ?? key },
          { type: 'keyUp', value: KEYS[key] ?? key },
        ]);
        return session.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      }),
    drag: (from, to) =>
      onThisTab(() => {
        const at = (k: number) => ({ type: 'pointerMove', duration: 16, origin: 'viewport', x: Math.round(from.x + ((to.x - from.x) * k) / STEPS), y: Math.round(from.y + ((to.y - from.y) * k) / STEPS) });
        const moves = Array.from({ length: STEPS }, (_, i) => at(i + 1));
        const actions = [at(0), { type: 'pointerDown', button: 0 }, ...moves, { type: 'pointerUp', button: 0 }];
        return session.command('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
      }),
    reload: () => onThisTab(() => session.command('POST', '/refresh', {})),
    back: () => onThisTab(() => session.command('POST', '/back', {})),
    close: () =>
      onThisTab(async () => {
        await session.command('DELETE', '/window');
        focus.handle = undefined;
      }),
  };
}

/** The tabs of a WebDriver session, starting with the window it opened with. */
export async function webdriverTabs(engine: EngineName, session: WebDriverSession): Promise<Tabs> {
  const handle = await session.command<string>('GET', '/window');
  const focus: Focus = { handle };
  return {
    engine,
    first: webdriverTab(session, handle, focus),
    open: async () => {
      const opened = await session.exclusive(() => session.command<{ handle: string }>('POST', '/window/new', { type: 'tab' }));
      return webdriverTab(session, opened.handle, focus);
    },
    // WebDriver classic has no network emulation.
    setOffline: undefined,
  };
}
