import { createElement, Fragment, type ComponentType, type VNode } from 'preact';

// The script-tag build's JSX runtime (rollup.config.mjs points `preact/jsx-runtime` here): preact's
// createElement, which render() ships anyway, instead of a second vnode factory. The bundler
// builds keep preact's own runtime.

/** A JSX element, as the automatic runtime's `jsx(type, props, key)` is called. */
export function jsx(type: string | ComponentType<any>, props: Record<string, unknown>, key?: unknown): VNode<any> {
  return createElement(type, key === undefined ? props : { ...props, key });
}
export { Fragment, jsx as jsxs };
