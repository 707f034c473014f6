// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { arTarget } from '../../../../packages/showroom/src/components/ar-link.js';
import type { ViewerExperience } from '../../../../packages/contracts/src/index.js';

const viewer: ViewerExperience = { type: 'viewer', model: '/models/chair.glb', alt: 'A chair', ar: { usdz: '/models/chair.usdz' } };
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36';

afterEach(() => vi.restoreAllMocks());

describe('arTarget', () => {
  it('opens Scene Viewer on Android with the model’s absolute URL', () => {
    const target = arTarget(viewer, ANDROID);
    expect(target?.mode).toBe('scene-viewer');
    expect(target?.href).toMatch(/^intent:\/\/arvr\.google\.com\/scene-viewer\/1\.2\?file=/);
    expect(target?.href).toContain(encodeURIComponent(new URL('/models/chair.glb', location.href).href));
  });

  it('opens Quick Look where links support rel="ar" (iOS Safari) and a USDZ file is given', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'relList', 'get').mockReturnValue({ supports: (token: string) => token === 'ar' } as unknown as DOMTokenList);
    expect(arTarget(viewer, DESKTOP)).toEqual({ href: '/models/chair.usdz', mode: 'quick-look' });
  });

  it('offers nothing on a desktop browser', () => {
    expect(arTarget(viewer, DESKTOP)).toBeUndefined();
  });
});
