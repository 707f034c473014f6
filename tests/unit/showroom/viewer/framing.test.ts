import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { bufferSize, fitDistance, frameDistance } from '../../../../packages/showroom/src/viewer/framing.js';
import { orbitOffset } from '../../../../packages/showroom/src/viewer/orbit.js';

describe('fitDistance', () => {
  it.each([
    // fov degrees, aspect, margin, expected radii: 1 / sin(min(vertical, horizontal fov) / 2) × margin
    [90, 1, 1, Math.SQRT2],
    [60, 1, 1, 2],
    [60, 2, 1, 2], // wide: the vertical fov limits
    [30, 1, 1.05, 1.05 / Math.sin(Math.PI / 12)],
  ])('fov %d°, aspect %d, margin %d: %d radii', (fov, aspect, margin, expected) => {
    expect(fitDistance(fov, aspect, margin)).toBeCloseTo(expected, 9);
  });

  it('moves further back for a tall (portrait) view, where the horizontal fov limits', () => {
    expect(fitDistance(30, 0.5)).toBeGreaterThan(fitDistance(30, 1));
    expect(fitDistance(30, 2)).toBeCloseTo(fitDistance(30, 1), 9);
  });
});

describe('bufferSize', () => {
  it.each([
    // css width, height, devicePixelRatio, expected device px (ratio capped at 2, at least 1 px)
    [320, 240, 1, [320, 240]],
    [320, 240, 1.5, [480, 360]],
    [320, 240, 3, [640, 480]],
    [320, 240, 0, [320, 240]],
    [0, 0, 2, [1, 1]],
    [100.4, 50.6, 1, [100, 51]],
  ])('%d×%d css px at %d dppx: %o', (width, height, ratio, expected) => {
    expect(bufferSize(width, height, ratio)).toEqual(expected);
  });
});

describe('frameDistance', () => {
  /** Where the box's corners land in normalized device coordinates, seen from `orbit` at `fit` radii. */
  function cornersOnScreen(half: [number, number, number], azimuth: number, elevation: number, aspect: number, distance: number) {
    const radius = Math.hypot(...half);
    const camera = new PerspectiveCamera(30, aspect, 0.01, 100);
    const [x, y, z] = orbitOffset({ azimuth, elevation, distance }, radius);
    camera.position.set(x, y, z);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    const corners: Vector3[] = [];
    for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) corners.push(new Vector3(sx * half[0], sy * half[1], sz * half[2]).project(camera));
    return corners;
  }

  const BOXES: Array<[string, [number, number, number]]> = [
    ['a chair', [0.38, 0.41, 0.36]],
    ['a tall vase', [0.12, 0.17, 0.12]],
    ['a flat tray', [0.3, 0.02, 0.2]],
    ['a long bench', [0.9, 0.22, 0.2]],
  ];
  const VIEWS = [[0, 10], [90, 5], [30, 15], [215, 40], [-60, -10]] as const;

  for (const [name, half] of BOXES) {
    it.each(VIEWS.flatMap(([azimuth, elevation]) => [4 / 3, 9 / 16].map((aspect) => [azimuth, elevation, aspect] as const)))(
      `shows all of ${name} from azimuth %d°, elevation %d°, aspect %d, filling the limiting side`,
      (azimuth, elevation, aspect) => {
        const padding = 0.06;
        const distance = frameDistance(half, { azimuth, elevation }, Math.hypot(...half), 30, aspect, padding);
        const corners = cornersOnScreen(half, azimuth, elevation, aspect, distance);
        const reach = Math.max(...corners.map((c) => Math.max(Math.abs(c.x), Math.abs(c.y))));
        // Every corner inside the padded view, and one on its edge: the tightest whole view.
        expect(reach).toBeLessThanOrEqual(1 - padding + 1e-9);
        expect(reach).toBeCloseTo(1 - padding, 6);
      },
    );
  }

  it('comes closer than the bounding sphere does for a box seen face on', () => {
    const half: [number, number, number] = [0.38, 0.41, 0.36];
    expect(frameDistance(half, { azimuth: 0, elevation: 0 }, Math.hypot(...half), 30, 4 / 3, 0.05)).toBeLessThan(fitDistance(30, 4 / 3));
  });
});
