import type { ShowroomConfig } from '@vitrine/contracts';
import { mountShowroom, type MountOptions, type ShowroomHandle } from './mount-showroom.js';
import type { VitrineShowroomElement } from './showroom-element-types.js';

/** The custom element's tag. */
export const ELEMENT_NAME = 'vitrine-showroom';

/**
 * Registers `<vitrine-showroom config="URL-or-id" endpoint="..." write-key="...">`: it mounts a
 * showroom when connected, shows a new config when `config` changes (the attribute, or the property,
 * which also takes the config object), and destroys it (freeing its 3D view) when removed.
 * `defaults` apply where an attribute is missing. Registering twice is a no-op.
 */
export function defineShowroomElement(defaults: MountOptions = {}): void {
  if (typeof customElements === 'undefined' || customElements.get(ELEMENT_NAME)) return;
  customElements.define(
    ELEMENT_NAME,
    class extends HTMLElement implements VitrineShowroomElement {
      static observedAttributes = ['config'];
      handle: ShowroomHandle | undefined;
      /** The object last set as `config`, until the attribute changes. */
      given: ShowroomConfig | undefined;
      get config(): ShowroomConfig | string | null {
        return this.given ?? this.getAttribute('config');
      }
      set config(value: ShowroomConfig | string | null) {
        if (value && typeof value === 'object') {
          this.given = value;
          this.show(value);
          return;
        }
        this.given = undefined;
        // Removed first, so that setting the value it already has still shows it (in place of an object).
        this.removeAttribute('config');
        if (value) this.setAttribute('config', value);
      }
      connectedCallback() {
        // The page may have set `config` before this script defined the element (it loads async):
        // that own property hides the accessor, so it is taken over.
        // https://web.dev/articles/custom-elements-best-practices#make-properties-lazy
        if (Object.hasOwn(this, 'config')) {
          const value = this.config;
          delete (this as Partial<this>).config;
          this.config = value;
        }
        this.handle ??= mountFrom(this, (name) => this.getAttribute(name), defaults, this.config);
      }
      disconnectedCallback() {
        this.handle?.destroy();
        this.handle = undefined;
      }
      attributeChangedCallback(_name: string, before: string | null, after: string | null) {
        if (!after || after === before) return;
        this.given = undefined;
        this.show(after);
      }
      /** Shows `config` in place, or mounts now if connected without a config so far. */
      show(config: ShowroomConfig | string) {
        if (this.handle) this.handle.update(config);
        else if (this.isConnected) this.connectedCallback();
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

function mountFrom(
  element: HTMLElement,
  attribute: (name: string) => string | null,
  defaults: MountOptions,
  config: ShowroomConfig | string | null = attribute('config'),
): ShowroomHandle | undefined {
  if (!config) {
    console.error(`[vitrine:no-config] <${ELEMENT_NAME}> needs a config attribute (the config's URL or its id at the collector) or config property (the object).`);
    return undefined;
  }
  const endpoint = attribute('endpoint') ?? defaults.endpoint;
  const writeKey = attribute('write-key') ?? defaults.writeKey;
  return mountShowroom(element, config, { ...defaults, ...(endpoint && { endpoint }), ...(writeKey && { writeKey }) });
}
