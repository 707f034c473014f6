// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from '../../../../packages/showroom/src/components/lazy-component.js';
import { ShowroomContext, type ShowroomContextValue } from '../../../../packages/showroom/src/components/showroom-context.js';
import { DEFAULT_STRINGS } from '../../../../packages/contracts/src/index.js';
import { byRole, click, settle } from '../support/showroom-harness.js';

const context = { t: (key: keyof typeof DEFAULT_STRINGS) => DEFAULT_STRINGS[key] } as unknown as ShowroomContextValue;
const Greeting = ({ name }: { name: string }) => h('p', null, `Hello ${name}`);

function show(Lazy: (props: { name: string }) => unknown) {
  const host = document.createElement('div');
  document.body.append(host);
  render(h(ShowroomContext.Provider, { value: context }, h(Lazy as never, { name: 'Ada' })), host);
  return host;
}

afterEach(() => document.body.replaceChildren());

describe('lazyComponent', () => {
  it('renders nothing until its chunk has arrived, then the component with its props', async () => {
    let arrive!: (c: typeof Greeting) => void;
    const Lazy = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const host = show(Lazy);
    await settle();
    expect(host.textContent).toBe('');
    arrive(Greeting);
    await settle();
    expect(host.textContent).toBe('Hello Ada');
  });

  it('fetches once, however often it is preloaded or shown, and shows at once when preloaded', async () => {
    let fetches = 0;
    const Lazy = lazyComponent(async () => (fetches++, Greeting));
    await Promise.all([Lazy.preload(), Lazy.preload()]);
    const host = show(Lazy);
    expect(host.textContent).toBe('Hello Ada');
    expect(fetches).toBe(1);
  });

  it('says so when its chunk cannot be fetched, and fetches again on Try again', async () => {
    let fail = true;
    const Lazy = lazyComponent(async () => {
      if (fail) throw new Error('offline');
      return Greeting;
    });
    const host = show(Lazy);
    await settle();
    expect(byRole(host, 'status', /could not load/).textContent).toContain('This part could not load.');
    fail = false;
    await click(byRole(host, 'button', 'Try again'));
    await settle();
    expect(host.textContent).toBe('Hello Ada');
  });
});
