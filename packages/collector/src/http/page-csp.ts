/**
 * The Content-Security-Policy the demo's pages are served with: the strict policy a careful shop
 * would set, so the demo shows the showroom working under it (no inline script or style, no eval).
 * `'wasm-unsafe-eval'` lets the meshopt decoder compile its WebAssembly (the demo's models are
 * meshopt-compressed); it allows WebAssembly only, not JavaScript eval.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // blob: for Safari before 17, where three's GLTFLoader shows a GLB's embedded images as <img>s of
  // blob: URLs (elsewhere the viewer decodes them from their bytes, with nothing to fetch).
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
