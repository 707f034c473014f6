import { Color, SRGBColorSpace, TextureLoader, type Material, type Mesh, type MeshStandardMaterial, type Object3D, type Texture } from 'three';
import { isAllowedUrl, type Variant } from '@vitrine/contracts';
import { disposeTexture } from './dispose-texture.js';
import { parseHexColor } from './parse-hex-color.js';
import { ViewerError } from './viewer-error.js';

interface Original {
  color: Color;
  roughness: number;
  metalness: number;
  map: Texture | null;
}

/**
 * Colour and material variants by material name. Each variant starts from the model as loaded, so
 * switching from one to another never leaves the first's changes behind.
 */
export class MaterialVariants {
  private readonly byName = new Map<string, MeshStandardMaterial[]>();
  private readonly originals = new Map<MeshStandardMaterial, Original>();
  private readonly textures = new Map<string, Promise<Texture>>();
  private disposed = false;

  constructor(root: Object3D) {
    root.traverse((object) => {
      const mesh = object as Mesh;
      if (!mesh.isMesh) return;
      for (const material of (Array.isArray(mesh.material) ? mesh.material : [mesh.material]) as Material[]) {
        const standard = material as MeshStandardMaterial;
        if (!standard.isMeshStandardMaterial || this.originals.has(standard)) continue;
        this.byName.set(standard.name, [...(this.byName.get(standard.name) ?? []), standard]);
        const { color, roughness, metalness, map } = standard;
        this.originals.set(standard, { color: color.clone(), roughness, metalness, map });
      }
    });
  }

  /** Material names in the model. */
  get names(): string[] {
    return [...this.byName.keys()];
  }

  /**
   * Applies `variant` (textures first, so the change shows in one frame). Rejects with a ViewerError
   * when a texture URL is refused or fails to load; the rest of the variant is applied anyway.
   */
  async apply(variant: Variant): Promise<void> {
    const entries = Object.entries(variant.materials);
    const failures: string[] = [];
    const maps = await Promise.all(
      entries.map(async ([, change]) => {
        if (!change.texture) return undefined;
        try {
          return await this.texture(change.texture);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
          return undefined;
        }
      }),
    );
    if (this.disposed) return;
    for (const [material, original] of this.originals) {
      material.color.copy(original.color);
      material.roughness = original.roughness;
      material.metalness = original.metalness;
      this.setMap(material, original.map);
    }
    entries.forEach(([name, change], i) => {
      for (const material of this.byName.get(name) ?? []) {
        const rgba = change.color ? parseHexColor(change.color) : undefined;
        // Colour tokens are sRGB; setRGB converts them to three's linear working space.
        if (rgba) material.color.setRGB(rgba[0], rgba[1], rgba[2], SRGBColorSpace);
        if (change.roughness !== undefined) material.roughness = change.roughness;
        if (change.metalness !== undefined) material.metalness = change.metalness;
        const map = maps[i];
        if (map) this.setMap(material, map);
      }
    });
    if (failures.length) throw new ViewerError('load-failed', `variant "${variant.id}": ${failures.join('; ')}`);
  }

  /** Frees the variants' textures (the model's own are freed with the model). */
  dispose(): void {
    this.disposed = true;
    for (const promise of this.textures.values()) promise.then(disposeTexture, () => undefined);
    this.textures.clear();
  }

  private setMap(material: MeshStandardMaterial, map: Texture | null): void {
    if (material.map === map) return;
    // Adding or removing a map changes the shader: three must recompile it.
    if (!material.map !== !map) material.needsUpdate = true;
    material.map = map;
  }

  private texture(url: string): Promise<Texture> {
    let promise = this.textures.get(url);
    if (!promise) {
      promise = isAllowedUrl(url)
        ? new TextureLoader().loadAsync(url).then(
            (texture) => {
              texture.colorSpace = SRGBColorSpace;
              texture.flipY = false; // glTF's UV convention
              if (this.disposed) disposeTexture(texture);
              return texture;
            },
            () => Promise.reject(new Error(`texture "${url}" failed to load`)),
          )
        : Promise.reject(new Error(`texture "${url}" must be an https: or relative URL`));
      this.textures.set(url, promise);
      promise.catch(() => this.textures.delete(url));
    }
    return promise;
  }
}
