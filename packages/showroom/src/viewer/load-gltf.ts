import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

// CSP: the meshopt decoder compiles its WebAssembly when this module is evaluated, which a
// Content-Security-Policy allows only with `script-src 'self' 'wasm-unsafe-eval'` (no 'unsafe-eval':
// https://github.com/WebAssembly/content-security-policy). It never uses eval, and no Worker is
// started (we do not call useWorkers, which would need `worker-src blob:`). Without
// 'wasm-unsafe-eval' the decoder's `ready` rejects (caught here, one CSP report) and only
// meshopt-compressed models fail to load. Textures inside a GLB are decoded from `blob:` URLs with
// fetch + createImageBitmap, so `connect-src` (or default-src) must allow the model's origin and `blob:`,
// and `img-src` `blob:` on browsers without createImageBitmap.
MeshoptDecoder.ready?.catch(() => undefined);

/**
 * Fetches and parses a glTF/GLB (meshopt and quantized geometry supported); `onProgress` gets the
 * downloaded fraction while the server sends a Content-Length.
 */
export async function loadGltf(url: string, onProgress?: (fraction: number) => void): Promise<Group> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(url, (event) => {
    if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(0.99, event.loaded / event.total));
  });
  return gltf.scene;
}
