import { Raycaster, Vector3, type Camera, type Object3D } from 'three';
import type { Hotspot } from '@vitrine/contracts';

export interface ProjectedHotspot {
  id: string;
  /** CSS px from the canvas's top-left corner. */
  x: number;
  y: number;
  /** Behind the model (or behind the camera): its button should hide. */
  occluded: boolean;
}

const raycaster = new Raycaster();
const point = new Vector3();
const direction = new Vector3();

/**
 * Where each hotspot appears in a `width`×`height` CSS px view, and whether the model hides it: a ray
 * from the camera to the point that meets the model more than `tolerance` before it is occluded.
 * Costs a raycast per hotspot (three tests bounding spheres first), so call it once per frame.
 */
export function projectHotspots(
  hotspots: readonly Hotspot[],
  camera: Camera,
  model: Object3D,
  width: number,
  height: number,
  tolerance: number,
): ProjectedHotspot[] {
  camera.updateMatrixWorld();
  model.updateMatrixWorld();
  return hotspots.map(({ id, position }) => {
    point.fromArray(position);
    const distance = camera.position.distanceTo(point);
    direction.subVectors(point, camera.position).normalize();
    raycaster.set(camera.position, direction);
    raycaster.far = Math.max(0, distance - tolerance);
    const hidden = raycaster.intersectObject(model, true).length > 0;
    point.project(camera);
    return { id, x: ((point.x + 1) / 2) * width, y: ((1 - point.y) / 2) * height, occluded: hidden || point.z > 1 };
  });
}
