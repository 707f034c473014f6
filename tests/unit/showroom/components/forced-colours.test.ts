// @vitest-environment happy-dom
// A file of its own, without the showroom harness (which preloads every chunk): the widget's
// stylesheet is module state, shared by the page's showrooms, and the rules checked here come with
// the live stage's chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ShowroomConfig } from '../../../../packages/contracts/src/index.js';
import { mountShowroom } from '../../../../packages/showroom/src/mount-showroom.js';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../contracts/config/fixtures/aster-chair.json'), 'utf8')) as ShowroomConfig;

describe('forced colours (Windows contrast themes)', () => {
  it('come to a showroom without a 3D view too: its selected tab and story bars would otherwise vanish', async () => {
    const config = structuredClone(fixture);
    config.experiences = config.experiences.filter((e) => e.type !== 'viewer');
    for (const e of config.experiences) {
      if (e.type === 'quiz') e.results.forEach((r) => delete r.variant);
      if (e.type === 'story') e.pages.forEach((p) => (delete p.camera, delete p.hotspot));
    }
    vi.stubGlobal('IntersectionObserver', undefined); // in view at once
    const element = document.body.appendChild(document.createElement('div'));
    mountShowroom(element, config, { tracker: { track: () => {}, user: () => ({ anonymousId: 'visitor-1' }) } });
    const root = element.shadowRoot!;
    const css = () => root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('')).join('');
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(root.querySelector('[role=tablist]')).not.toBeNull();
      expect(css()).toMatch(/@media \(forced-colors: ?active\)/);
    });
    expect(root.querySelector('canvas')).toBeNull();
    // happy-dom drops the values of system colours (CanvasText, Highlight), so the rule's other declaration is checked.
    expect(css()).toMatch(/\.swatch,\s*\.bars\s*\{\s*forced-color-adjust: none/);
    vi.unstubAllGlobals();
  });
});
