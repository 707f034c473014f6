import { describe, expect, it } from 'vitest';
import { clampOrbit, DEFAULT_LIMITS, nearestAzimuth, orbitOffset } from '../../../../packages/showroom/src/viewer/orbit.js';

describe('clampOrbit', () => {
  it.each([
    // orbit, expected (limits: elevation -10..80 degrees, distance 1.4..8 radii)
    [{ azimuth: 30, elevation: 15, distance: 4 }, { azimuth: 30, elevation: 15, distance: 4 }],
    [{ azimuth: 30, elevation: 95, distance: 4 }, { azimuth: 30, elevation: 80, distance: 4 }],
    [{ azimuth: 30, elevation: -40, distance: 4 }, { azimuth: 30, elevation: -10, distance: 4 }],
    [{ azimuth: 30, elevation: 0, distance: 0.5 }, { azimuth: 30, elevation: 0, distance: 1.4 }],
    [{ azimuth: 30, elevation: 0, distance: 50 }, { azimuth: 30, elevation: 0, distance: 8 }],
    [{ azimuth: 725, elevation: 0, distance: 4 }, { azimuth: 725, elevation: 0, distance: 4 }],
  ])('clamps %o to %o', (orbit, expected) => {
    expect(clampOrbit(orbit, DEFAULT_LIMITS)).toEqual(expected);
  });
});

describe('nearestAzimuth', () => {
  it.each([
    // from, target, expected: the same direction, the short way round
    [0, 90, 90],
    [0, 270, -90],
    [350, 10, 370],
    [-170, 170, -190],
    [720, 0, 720],
    [45, 45, 45],
  ])('from %d towards %d goes to %d', (from, target, expected) => {
    expect(nearestAzimuth(from, target)).toBe(expected);
  });
});

describe('orbitOffset', () => {
  it.each([
    // orbit, radius, expected [x, y, z]
    [{ azimuth: 0, elevation: 0, distance: 2 }, 1, [0, 0, 2]],
    [{ azimuth: 90, elevation: 0, distance: 2 }, 1, [2, 0, 0]],
    [{ azimuth: 0, elevation: 90, distance: 1 }, 3, [0, 3, 0]],
    [{ azimuth: 180, elevation: 0, distance: 1 }, 0.5, [0, 0, -0.5]],
  ] as const)('places %o at radius %d at %o', (orbit, radius, expected) => {
    orbitOffset(orbit, radius).forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 9));
  });
});
