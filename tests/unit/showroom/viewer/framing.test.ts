import { describe, expect, it } from 'vitest';
import { bufferSize, fitDistance } from '../../../../packages/showroom/src/viewer/framing.js';

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
