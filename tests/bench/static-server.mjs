// A tiny static file server on 127.0.0.1 for the 3D benchmark: each URL prefix maps to a folder.
// No compression and `no-store`: the bench gzips each script body itself, and every page load is
// a cold one. Content-Length is always sent (viewers report download progress from it).
// Any POST is answered 204 and dropped.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Serves `mounts` ({ '/prefix/': folder }); resolves to { url, close() } once listening. */
export function startStaticServer(mounts) {
  const server = createServer((req, res) => {
    // A sink for the widget's tracker batches (POST /v1/batch): accepted, not stored, so the tracker
    // does not retry them during a measurement.
    if (req.method === 'POST') {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)));
    // Refuse anything that normalizes outside its folder (`..`).
    if (!file || !file.startsWith(normalize(mounts[prefix]) + sep)) return notFound(res);
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return notFound(res);
      size = stat.size;
    } catch {
      return notFound(res);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
