import { mountShowroom, type MountOptions, type ShowroomHandle } from './mount-showroom.js';

/** The custom element's tag. */
export const ELEMENT_NAME = 'vitrine-showroom';

/**
 * Registers `<vitrine-showroom config="URL-or-id" endpoint="..." write-key="...">`: it mounts a
 * showroom when connected, shows a new config when `config` changes, and destroys it (freeing its
 * 3D view) when removed. `defaults` apply where an attribute is missing. Registering twice is a no-op.
 */
export function defineShowroomElement(defaults: MountOptions = {}): void {
  if (typeof customElements === 'undefined' || customElements.get(ELEMENT_NAME)) return;
  customElements.define(
    ELEMENT_NAME,
    class extends HTMLElement {
      static observedAttributes = ['config'];
      handle: ShowroomHandle | undefined;
      connectedCallback() {
        this.handle = mountFrom(this, (name) => this.getAttribute(name), defaults);
      }
      disconnectedCallback() {
        this.handle?.destroy();
        this.handle = undefined;
      }
      attributeChangedCallback(_name: string, before: string | null, after: string | null) {
        if (this.handle && after && after !== before) this.handle.update(after);
      }
    },
  );
}

/** Mounts every `[data-vitrine-showroom]` element under `root` not yet mounted (data-config, data-endpoint, data-write-key). */
export function mountDataShowrooms(root: ParentNode = document, defaults: MountOptions = {}): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-vitrine-showroom]')) {
    if (mounted.has(element)) continue;
    mounted.add(element);
    const { dataset } = element;
    mountFrom(element, (name) => (name === 'config' ? (dataset.config ?? dataset.vitrineShowroom) : name === 'endpoint' ? dataset.endpoint : dataset.writeKey) ?? null, defaults);
  }
}

const mounted = new WeakSet<Element>();

function mountFrom(element: HTMLElement, attribute: (name: string) => string | null, defaults: MountOptions): ShowroomHandle | undefined {
  const config = attribute('config');
  if (!config) {
    console.error(`[vitrine:no-config] <${ELEMENT_NAME}> needs a config attribute: the config's URL or its id at the collector.`);
    return undefined;
  }
  const endpoint = attribute('endpoint') ?? defaults.endpoint;
  const writeKey = attribute('write-key') ?? defaults.writeKey;
  return mountShowroom(element, config, { ...defaults, ...(endpoint && { endpoint }), ...(writeKey && { writeKey }) });
}
