// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UnknownIdsNote } from '../../../../packages/dashboard/src/components/unknown-ids-note.js';
import type { MetricsResult } from '../../../../packages/contracts/src/index.js';

function mount(unknown: MetricsResult['unknown'] | undefined): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(UnknownIdsNote, { unknown }), root);
  return root;
}

describe('UnknownIdsNote', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('says in one line how many showrooms, experiments and arms are not drawn', () => {
    const root = mount({ showrooms: 1, experiments: 1000, arms: 3 });
    const notes = root.querySelectorAll('[data-note=unknown-ids]');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toBe('Not shown: 1 showroom, 1,000 experiments, 3 experiment arms that no stored config names. Their events are kept; save the config to see them.');
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('names only the kinds there are', () => {
    expect(mount({ showrooms: 0, experiments: 2, arms: 0 }).textContent).toMatch(/^Not shown: 2 experiments that/);
  });

  it('draws nothing when every id is known, or the collector does not say', () => {
    expect(mount({ showrooms: 0, experiments: 0, arms: 0 }).innerHTML).toBe('');
    expect(mount(undefined).innerHTML).toBe('');
  });
});
