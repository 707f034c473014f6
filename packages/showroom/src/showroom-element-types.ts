import type { JSX as PreactJSX } from 'preact';
import type { ShowroomConfig } from '@vitrine/contracts';
import type { VitrineShowroomEventMap } from './showroom-element-events.js';

/** The attributes of `<vitrine-showroom>` (see defineShowroomElement). */
export interface VitrineShowroomAttributes {
  /** The config's id at the collector, or the URL of its JSON. */
  config: string;
  /** The batch URL events go to; default the script's `data-endpoint`. */
  endpoint?: string;
  /** The write key sent with them; default the script's `data-write-key`. */
  'write-key'?: string;
}

/** `<vitrine-showroom>` in the DOM: `document.querySelector('vitrine-showroom')` is typed as this. */
export interface VitrineShowroomElement extends HTMLElement {
  /**
   * The config: an object (checked as the attribute's JSON is, shown in place; an invalid one shows
   * the error box and `vitrine:error`), or its id or URL (the same as setting the attribute). Reads
   * back what was set last; null when neither was.
   */
  config: ShowroomConfig | string | null;
}

/**
 * What JSX may pass to `<vitrine-showroom>` (Preact, React 19): the attributes, `config` as an
 * object too (a property, once the element is defined), and a listener per event as
 * `onvitrine:cta` and so on, which Preact and React 19 add with addEventListener.
 */
export type VitrineShowroomProps = Omit<VitrineShowroomAttributes, 'config'> & { config: string | ShowroomConfig } & {
  [K in keyof VitrineShowroomEventMap as `on${K}`]?: (event: VitrineShowroomEventMap[K]) => void;
};

// The tag, typed for the DOM and for Preact's JSX (React's: @vitrine/showroom/react), so a page
// written in TypeScript can use it without declaring it. Types only: nothing here reaches the built scripts.
declare global {
  interface HTMLElementTagNameMap {
    'vitrine-showroom': VitrineShowroomElement;
  }
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'vitrine-showroom': PreactJSX.HTMLAttributes<VitrineShowroomElement> & VitrineShowroomProps;
    }
  }
}
