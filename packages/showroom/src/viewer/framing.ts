import { orbitOffset, type Orbit } from './orbit.js';

/**
 * The camera distance, in radii of the model's bounding sphere, at which the sphere just fits a
 * perspective view of vertical field of view `fovDeg` and `aspect` (width / height), plus `margin`.
 */
export function fitDistance(fovDeg: number, aspect: number, margin = 1.05): number {
  const vertical = (fovDeg * Math.PI) / 180;
  const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * aspect);
  return margin / Math.sin(Math.min(vertical, horizontal) / 2);
}

/** An axis-aligned box as its half sizes about its centre (metres, or any unit the radius shares). */
export type HalfSize = readonly [number, number, number];

/**
 * The nearest camera distance, in units of `radius`, from which the box (centred on the camera's
 * target) shows whole from `orbit`'s direction: every corner inside a view of vertical field of view
 * `fovDeg` and `aspect`, with `padding` (a share of each half of the view) left free around it.
 * Tighter than the bounding sphere (a chair seen from the front is no deeper than it is wide), and
 * never cropped, whatever the direction. A camera at distance d sees a corner at (x, y) across and
 * z towards it when |x| ≤ (d − z)·tan(h/2) and |y| ≤ (d − z)·tan(v/2), so d is the largest of those bounds.
 */
export function frameDistance(half: HalfSize, orbit: Pick<Orbit, 'azimuth' | 'elevation'>, radius: number, fovDeg: number, aspect: number, padding = 0.06): number {
  const tanV = Math.tan((fovDeg * Math.PI) / 360) * (1 - padding);
  const tanH = Math.tan((fovDeg * Math.PI) / 360) * aspect * (1 - padding);
  // The camera's axes: back (towards the camera), right, and up, from the orbit's direction.
  const back = orbitOffset({ ...orbit, distance: 1 }, 1);
  const right = normalize([back[2], 0, -back[0]]);
  const up = cross(back, right);
  let distance = 0;
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      for (const sz of [-1, 1]) {
        const corner = [sx * half[0], sy * half[1], sz * half[2]] as const;
        const z = dot(corner, back);
        distance = Math.max(distance, z + Math.abs(dot(corner, right)) / tanH, z + Math.abs(dot(corner, up)) / tanV);
      }
    }
  }
  return distance / radius;
}

/** The drawing-buffer size of a canvas: CSS px × devicePixelRatio (at most `maxRatio`), at least 1. */
export function bufferSize(cssWidth: number, cssHeight: number, devicePixelRatio: number, maxRatio = 2): [number, number] {
  const ratio = Math.min(maxRatio, Math.max(1, devicePixelRatio || 1));
  return [Math.max(1, Math.round(cssWidth * ratio)), Math.max(1, Math.round(cssHeight * ratio))];
}

type Vec = readonly [number, number, number];
const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
function normalize(v: Vec): Vec {
  const length = Math.hypot(...v) || 1;
  return [v[0] / length, v[1] / length, v[2] / length];
}
