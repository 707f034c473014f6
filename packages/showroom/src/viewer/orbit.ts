/** A camera on a sphere around the model's centre: degrees, degrees, model radii. */
export interface Orbit {
  azimuth: number;
  elevation: number;
  distance: number;
}

/** How far the shopper may turn and zoom. */
export interface OrbitLimits {
  minElevation: number; // degrees, below the horizon is negative
  maxElevation: number; // degrees
  minDistance: number; // model radii
  maxDistance: number; // model radii
}

export const DEFAULT_LIMITS: OrbitLimits = { minElevation: -10, maxElevation: 80, minDistance: 1.4, maxDistance: 8 };

/** The orbit inside the limits; azimuth is left unbounded so eased turns never jump at ±180°. */
export function clampOrbit(orbit: Orbit, limits: OrbitLimits = DEFAULT_LIMITS): Orbit {
  return {
    azimuth: orbit.azimuth,
    elevation: Math.min(limits.maxElevation, Math.max(limits.minElevation, orbit.elevation)),
    distance: Math.min(limits.maxDistance, Math.max(limits.minDistance, orbit.distance)),
  };
}

/** The azimuth equal to `target` (mod 360) nearest to `from`, so a preset turns the short way. */
export function nearestAzimuth(from: number, target: number): number {
  const delta = ((((target - from) % 360) + 540) % 360) - 180;
  return from + delta;
}

/** Cartesian offset from the centre for an orbit with the given radius (y up, azimuth 0 = +z). */
export function orbitOffset(orbit: Orbit, radius: number): [number, number, number] {
  const az = (orbit.azimuth * Math.PI) / 180;
  const el = (orbit.elevation * Math.PI) / 180;
  const d = orbit.distance * radius;
  return [d * Math.cos(el) * Math.sin(az), d * Math.sin(el), d * Math.cos(el) * Math.cos(az)];
}
