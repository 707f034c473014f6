import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { LoaderUtils } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

// CSP (tested in tests/e2e/showroom/viewer/strict-csp.spec.ts): the build (rollup.config.mjs) moves
// the meshopt decoder's WebAssembly out of this chunk into meshopt-decoder[.simd].wasm beside it,
// fetched when the chunk is evaluated. Compiling it needs `script-src 'wasm-unsafe-eval'` (never
// 'unsafe-eval': https://github.com/WebAssembly/content-security-policy), and `connect-src` the
// chunk's origin. No eval, no Worker (useWorkers is never called, so no `worker-src blob:`). Without
// 'wasm-unsafe-eval' the decoder's `ready` rejects (caught here) and meshopt models fail to load with
// `load-failed`. three's GLTFLoader decodes a GLB's embedded images by fetching `blob:` URLs, so
// with the ESM build (a site's own three) `connect-src` must also allow `blob:`, or those textures
// are left out; the script-tag build's GLTFLoader decodes them from their bytes (rollup.config.mjs).
MeshoptDecoder.ready?.catch(() => undefined);

/**
 * Fetches and parses a glTF/GLB (meshopt and quantized geometry supported); `onProgress` gets the
 * downloaded fraction while the server sends a Content-Length. `response`: the model's fetch,
 * started by the widget beside this chunk's own download (so the two travel in parallel).
 */
export async function loadGltf(url: string, onProgress?: (fraction: number) => void, response?: Promise<Response>): Promise<Group> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  if (!response) {
    const gltf = await loader.loadAsync(url, (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(0.99, event.loaded / event.total));
    });
    return gltf.scene;
  }
  const bytes = await readWithProgress(await response, onProgress);
  const gltf = await loader.parseAsync(bytes, LoaderUtils.extractUrlBase(new URL(url, document.baseURI).href));
  return gltf.scene;
}

/** The response's body, telling `onProgress` the share received while the length is known. */
async function readWithProgress(response: Response, onProgress?: (fraction: number) => void): Promise<ArrayBuffer> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const total = Number(response.headers.get('Content-Length'));
  if (!response.body || !onProgress || !(total > 0)) return response.arrayBuffer();
  const reader = response.body.getReader();
  const parts: BlobPart[] = [];
  let loaded = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    parts.push(chunk.value);
    loaded += chunk.value.length;
    onProgress(Math.min(0.99, loaded / total));
  }
  return new Blob(parts).arrayBuffer();
}
