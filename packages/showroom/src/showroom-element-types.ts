import type { JSX as PreactJSX } from 'preact';

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
export type VitrineShowroomElement = HTMLElement;

// The tag, typed for the DOM and for Preact's JSX, so a page written in TypeScript can use it
// without declaring it. Types only: nothing here reaches the built scripts.
declare global {
  interface HTMLElementTagNameMap {
    'vitrine-showroom': VitrineShowroomElement;
  }
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'vitrine-showroom': PreactJSX.HTMLAttributes<VitrineShowroomElement> & VitrineShowroomAttributes;
    }
  }
}
