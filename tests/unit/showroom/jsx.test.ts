// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import * as automatic from 'preact/jsx-runtime';
import { describe, expect, it } from 'vitest';
import * as classic from '../../../packages/showroom/src/jsx.js';

type Runtime = Pick<typeof classic, 'jsx' | 'jsxs' | 'Fragment'>;

/** A keyed list, a fragment, a component with defaults and a ref, drawn and then redrawn reordered, by `runtime`. */
function draw(runtime: Runtime) {
  const host = document.createElement('div');
  const refs: (Element | null)[] = [];
  const Item = Object.assign(({ label, mark }: { label: string; mark: string }) => runtime.jsx('li', { class: mark, children: label }), { defaultProps: { mark: 'plain' } });
  const view = (order: string[]): ComponentChild =>
    runtime.jsxs(runtime.Fragment, {
      children: [runtime.jsx('ul', { ref: (el: Element | null) => refs.push(el), children: order.map((id) => runtime.jsx(Item as never, { label: id }, id)) }), runtime.jsx('p', { children: 'end' })],
    });
  render(view(['a', 'b', 'c']), host);
  const first = host.querySelector('li');
  render(view(['c', 'a', 'b']), host);
  return { html: host.innerHTML, kept: host.querySelectorAll('li')[1] === first, refs: refs.length };
}

describe('jsx (the script-tag build’s runtime)', () => {
  it('draws, keys and refs as preact/jsx-runtime does', () => {
    expect(draw(classic)).toEqual(draw(automatic as unknown as Runtime));
  });
});
