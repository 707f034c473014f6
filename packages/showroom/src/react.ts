// @vitrine/showroom/react: <vitrine-showroom> in React 19's JSX, for a project that imports it once
// (`import type {} from '@vitrine/showroom/react'`). An entry of its own, so that the package's
// other entries never need React's types. Types only: the module is empty at run time.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VitrineShowroomElement, VitrineShowroomProps } from './showroom-element-types.js';

/** What React's JSX may pass to `<vitrine-showroom>`: React's HTML props, then VitrineShowroomProps. */
export type VitrineShowroomReactProps = DetailedHTMLProps<HTMLAttributes<VitrineShowroomElement>, VitrineShowroomElement> & VitrineShowroomProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'vitrine-showroom': VitrineShowroomReactProps;
    }
  }
}
