import { h, type ComponentChild, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShowroom } from './showroom-context.js';

/** A component whose code arrives in its own chunk; `preload()` fetches it ahead of first use. */
export interface LazyComponent<P> {
  (props: P): ComponentChild;
  preload(): Promise<unknown>;
}

/**
 * Wraps a component that lives in a chunk of its own, so that its bytes are not among those a page
 * loads before the 3D view. Renders nothing until the chunk has arrived (it is preloaded while the
 * 3D view loads, so that is rarely seen), then the component. A chunk that cannot be fetched shows
 * a notice with a retry button in its place.
 */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        // Forget the failure, so that the next attempt fetches again.
        loading = undefined;
        throw error;
      },
    ));

  function Lazy(props: P) {
    const { t } = useShowroom();
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(component ? 'ready' : 'loading');
    useEffect(() => {
      if (state !== 'loading') return;
      let alive = true;
      preload().then(
        () => alive && setState('ready'),
        () => alive && setState('failed'),
      );
      return () => (alive = false);
    }, [state]);
    if (component) return h(component, props as P & {});
    if (state !== 'failed') return null;
    return h('p', { class: 'row', role: 'status' }, h('span', null, t('partFailed')), h('button', { onClick: () => setState('loading') }, t('retry')));
  }
  return Object.assign(Lazy, { preload });
}
