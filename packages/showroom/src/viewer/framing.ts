/**
 * The camera distance, in radii of the model's bounding sphere, at which the sphere just fits a
 * perspective view of vertical field of view `fovDeg` and `aspect` (width / height), plus `margin`.
 */
export function fitDistance(fovDeg: number, aspect: number, margin = 1.05): number {
  const vertical = (fovDeg * Math.PI) / 180;
  const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * aspect);
  return margin / Math.sin(Math.min(vertical, horizontal) / 2);
}

/** The drawing-buffer size of a canvas: CSS px × devicePixelRatio (at most `maxRatio`), at least 1. */
export function bufferSize(cssWidth: number, cssHeight: number, devicePixelRatio: number, maxRatio = 2): [number, number] {
  const ratio = Math.min(maxRatio, Math.max(1, devicePixelRatio || 1));
  return [Math.max(1, Math.round(cssWidth * ratio)), Math.max(1, Math.round(cssHeight * ratio))];
}
