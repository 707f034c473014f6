import type { Material, Mesh, Object3D, Texture } from 'three';
import { disposeTexture } from './dispose-texture.js';

/** Frees the GPU side of everything under `root`: geometries, materials and their textures. */
export function disposeObject(root: Object3D): void {
  const textures = new Set<Texture>();
  const materials = new Set<Material>();
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) materials.add(material);
  });
  for (const material of materials) {
    for (const value of Object.values(material)) if ((value as Texture | null)?.isTexture) textures.add(value as Texture);
    material.dispose();
  }
  for (const texture of textures) disposeTexture(texture);
  root.removeFromParent();
}
