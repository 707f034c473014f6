import type { Texture } from 'three';

/** Disposes a texture and closes its ImageBitmap, which would otherwise hold memory until GC. */
export function disposeTexture(texture: Texture): void {
  texture.dispose();
  const image: unknown = texture.image;
  if (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) image.close();
}
