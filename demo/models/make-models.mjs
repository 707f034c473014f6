// Makes the demo's products with code: `node demo/models/make-models.mjs`. Writes demo/models/*.glb and
// demo/models/models.json. Deterministic (seeded noise, no dates), so re-running it gives the same
// bytes; `--check` writes nothing and fails when the committed files differ from what it makes.
// Nothing is downloaded. Geometry comes from three's lathe/extrude/rounded-box generators, the
// textures (oak grain, a twill weave, and normal maps from their relief) from seeded code below, the
// files from glTF-Transform with meshopt compression + quantization (EXT_meshopt_compression,
// KHR_mesh_quantization), so the viewer needs the meshopt decoder.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as THREE from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS, KHRTextureTransform } from '@gltf-transform/extensions';
import { meshopt, weld, prune, dedup } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

const OUT = path.dirname(fileURLToPath(import.meta.url));
// `--check`: write nothing; exit 1 naming each committed file that regenerating would change.
const CHECK = process.argv.includes('--check');
const stale = [];
/** Writes `bytes` to OUT/`file`, or with --check compares them with what is there. */
function emit(file, bytes) {
  if (!CHECK) return writeFileSync(path.join(OUT, file), bytes);
  let old;
  try {
    old = readFileSync(path.join(OUT, file));
  } catch {
    old = Buffer.alloc(0);
  }
  if (!old.equals(Buffer.from(bytes))) stale.push(file);
}
const started = performance.now();

// ── small geometry helpers (metres, y up, the product standing on y = 0) ──

/** Lathe from [radius, y] pairs around the y axis. */
const lathe = (profile, segments = 48) => new THREE.LatheGeometry(profile.map(([r, y]) => new THREE.Vector2(r, y)), segments);
/** Each point's distance from a profile's first point, along the profile. */
function alongProfile(profile) {
  const along = [0];
  for (let j = 1; j < profile.length; j++) along.push(along[j - 1] + Math.hypot(profile[j][0] - profile[j - 1][0], profile[j][1] - profile[j - 1][1]));
  return along;
}
/**
 * A lathe whose texture v follows the profile's length (three's spreads v evenly over the points), so
 * grain keeps its scale across a rounded rim made of many short steps.
 */
function turned(profile, segments = 48) {
  const geometry = lathe(profile, segments);
  const along = alongProfile(profile);
  const uv = geometry.attributes.uv;
  for (let i = 0; i < uv.count; i++) uv.setY(i, along[i % profile.length] / along.at(-1));
  return geometry;
}
/**
 * A lathe cut from one board (a seat): planar UVs, z on u and x on v over `span` metres, centred, so
 * the grain (streaks along v) runs straight across it from side to side, and along the front edge that
 * the first view shows (the sides show its end grain). The profile ends at the middle of the face on
 * show; each vertex lies as far from the UVs' centre as it is from that end along the profile. On the
 * flat face that is just its z and x; over a rounded rim the grain runs on at the same scale, where a
 * plain projection would smear it down the edge. Points on the axis map to the centre.
 */
function boarded(profile, span, segments = 48) {
  const geometry = lathe(profile, segments);
  const along = alongProfile(profile);
  const { position, uv } = geometry.attributes;
  for (let i = 0; i < uv.count; i++) {
    const [x, z] = [position.getX(i), position.getZ(i)];
    const r = Math.hypot(x, z);
    const k = r && (along.at(-1) - along[i % profile.length]) / r / span;
    uv.setXY(i, 0.5 + z * k, 0.5 + x * k);
  }
  return geometry;
}
const roundedBox = (w, h, d, radius, segments = 3) => new RoundedBoxGeometry(w, h, d, segments, radius);
const at = (geometry, { x = 0, y = 0, z = 0, rx = 0, ry = 0, rz = 0, sx = 1, sy = 1, sz = 1 } = {}) =>
  geometry.applyMatrix4(
    new THREE.Matrix4().compose(new THREE.Vector3(x, y, z), new THREE.Quaternion().setFromEuler(new THREE.Euler(rx, ry, rz)), new THREE.Vector3(sx, sy, sz)),
  );
/** Smooth closed profile helper: a rounded rim for lathes. */
const arc = (cx, cy, r, from, to, steps = 6) =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const a = from + ((to - from) * i) / steps;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
/** Leans a part standing at (x, 0, z) outwards by `splay` radians. */
const splayed = (geometry, x, z, splay) => at(geometry, { x, z, rx: z > 0 ? -splay : splay, rz: x > 0 ? splay : -splay });
/**
 * A tapered leg from (x, 0, z) up to `top`, leaning outwards by `splay` radians. Its foot is rounded
 * (a sawn edge would catch no light); its top is hidden in what it carries.
 */
function leg(x, z, top, rTop, rBottom, splay = 0) {
  const round = rBottom * 0.3;
  return splayed(turned([[0, 0], ...arc(rBottom - round, round, round, -Math.PI / 2, 0, 3), [rTop, top], [0, top]], 16), x, z, splay);
}
/** An extruded shape with bevel, lying on the xz plane, `height` thick. */
const slab = (shape, height, bevel) =>
  new THREE.ExtrudeGeometry(shape, { depth: height - 2 * bevel, bevelEnabled: true, bevelThickness: bevel, bevelSize: bevel, bevelSegments: 3, curveSegments: 24 })
    .rotateX(-Math.PI / 2)
    .translate(0, bevel, 0);

function ellipseShape(rx, rz, squash = 0) {
  const shape = new THREE.Shape();
  for (let i = 0; i <= 64; i++) {
    const a = (i / 64) * Math.PI * 2;
    // `squash` narrows the front half: a footprint rather than an ellipse.
    const k = Math.sin(a) < 0 ? 1 - squash * Math.abs(Math.cos(a)) : 1;
    const [x, z] = [rx * Math.cos(a) * k, rz * Math.sin(a)];
    if (i === 0) shape.moveTo(x, z);
    else shape.lineTo(x, z);
  }
  return shape;
}

// ── the products: part lists of [material name, geometry] ──

const MATERIALS = {
  fabric: { color: [0.78, 0.72, 0.62], roughness: 0.92, metalness: 0 },
  wood: { color: [0.45, 0.29, 0.16], roughness: 0.55, metalness: 0 },
  metal: { color: [0.75, 0.75, 0.76], roughness: 0.3, metalness: 1 },
  leather: { color: [0.32, 0.18, 0.1], roughness: 0.6, metalness: 0 },
  rubber: { color: [0.93, 0.92, 0.9], roughness: 0.8, metalness: 0 },
  brass: { color: [0.8, 0.6, 0.3], roughness: 0.35, metalness: 1 },
  ceramic: { color: [0.9, 0.88, 0.84], roughness: 0.25, metalness: 0 },
  glaze: { color: [0.2, 0.35, 0.45], roughness: 0.15, metalness: 0 },
  plastic: { color: [0.08, 0.08, 0.09], roughness: 0.45, metalness: 0 },
  shade: { color: [0.95, 0.92, 0.85], roughness: 0.95, metalness: 0 },
  cone: { color: [0.05, 0.05, 0.055], roughness: 0.7, metalness: 0 },
  laces: { color: [0.96, 0.96, 0.95], roughness: 0.85, metalness: 0 },
};

const FABRIC_VARIANTS = [
  { id: 'oat', label: 'Oat', swatch: '#c8b89e', materials: { fabric: { color: '#c8b89e' } } },
  { id: 'moss', label: 'Moss', swatch: '#5b6b3a', materials: { fabric: { color: '#5b6b3a' } } },
  { id: 'rust', label: 'Rust', swatch: '#a4472a', materials: { fabric: { color: '#a4472a' } } },
  // A texture variant: weave.png is written next to the models (a URL relative to the page).
  { id: 'tweed', label: 'Tweed', swatch: '#8c7b66', materials: { fabric: { color: '#b09c82', texture: '/models/weave.png', roughness: 0.95 } } },
];

function chair() {
  const parts = [];
  const legH = 0.32;
  // A brass shoe on the foot of each leg, leaning with it, standing on the floor: a ferrule a little
  // proud of the wood, its rims rounded so that they catch the light.
  const [shoeR, shoeH, rim] = [0.0186, 0.035, 0.002];
  const shoe = turned([[0, 0], ...arc(shoeR - rim, rim, rim, -Math.PI / 2, 0, 2), ...arc(shoeR - rim, shoeH - rim, rim, 0, Math.PI / 2, 3), [0, shoeH]], 16);
  for (const [x, z] of [[-0.3, -0.27], [0.3, -0.27], [-0.3, 0.27], [0.3, 0.27]]) {
    parts.push(['wood', leg(x, z, legH, 0.028, 0.016, 0.08)]);
    parts.push(['brass', splayed(shoe.clone(), x, z, 0.08)]);
  }
  parts.push(['wood', at(roundedBox(0.72, 0.06, 0.66, 0.02), { y: legH + 0.03 })]);
  parts.push(['fabric', at(roundedBox(0.68, 0.12, 0.6, 0.05, 4), { y: legH + 0.11, z: 0.02 })]);
  // The back leans 15° and carries its own cushion.
  parts.push(['wood', at(roundedBox(0.72, 0.52, 0.05, 0.02), { y: legH + 0.32, z: -0.32, rx: -0.26 })]);
  parts.push(['fabric', at(roundedBox(0.64, 0.44, 0.12, 0.05, 4), { y: legH + 0.35, z: -0.25, rx: -0.26 })]);
  for (const x of [-0.37, 0.37]) parts.push(['wood', at(roundedBox(0.06, 0.05, 0.62, 0.02), { x, y: legH + 0.24 })]);
  for (const x of [-0.37, 0.37]) parts.push(['wood', leg(x, 0.22, 0.22, 0.018, 0.018).translate(0, legH, 0)]);
  return parts;
}

function sneaker() {
  const sole = ['rubber', slab(ellipseShape(0.15, 0.055, 0.15), 0.03, 0.008)];
  const upper = ['fabric', at(new THREE.SphereGeometry(1, 48, 24, 0, Math.PI * 2, 0, Math.PI / 2), { y: 0.028, sx: 0.14, sy: 0.075, sz: 0.05 })];
  const collar = ['leather', at(new THREE.TorusGeometry(0.038, 0.009, 10, 32), { x: -0.07, y: 0.095, rx: Math.PI / 2, sx: 1.3 })];
  const toeCap = ['rubber', at(new THREE.SphereGeometry(1, 32, 16, -Math.PI / 2, Math.PI, 0, Math.PI / 2), { x: 0.06, y: 0.028, sx: 0.085, sy: 0.035, sz: 0.052 })];
  const laces = [];
  // Laces sit on the upper's surface: y of the squashed half-sphere at x, plus a little.
  const surface = (x) => 0.028 + 0.075 * Math.sqrt(1 - (x / 0.14) ** 2);
  for (let i = 0; i < 4; i++) {
    const x = 0.03 - i * 0.022;
    laces.push(['laces', at(new THREE.CapsuleGeometry(0.004, 0.045, 4, 8), { x, y: surface(x) + 0.002, rx: Math.PI / 2, rz: Math.atan(x / 0.14) * 0.6 })]);
  }
  return [sole, upper, collar, toeCap, ...laces];
}

function lamp() {
  return [
    ['ceramic', lathe([[0, 0], [0.09, 0], ...arc(0.09, 0.012, 0.012, -Math.PI / 2, 0, 4), [0.1, 0.05], [0.07, 0.13], ...arc(0.018, 0.2, 0.012, 0, Math.PI / 2, 4), [0, 0.212]], 48)],
    // The stem's top is rounded: it shows through the shade's opening.
    ['metal', lathe([[0.008, 0.205], [0.008, 0.4], ...arc(0, 0.4, 0.008, 0, Math.PI / 2, 3)], 12)],
    // One surface (the material is double-sided), its edges bound with a rolled bead as a real shade's.
    ['shade', lathe([[0.17, 0.3], [0.09, 0.5]], 64)],
    ['shade', at(new THREE.TorusGeometry(0.17, 0.003, 6, 64), { y: 0.3, rx: Math.PI / 2 })],
    ['shade', at(new THREE.TorusGeometry(0.09, 0.003, 6, 48), { y: 0.5, rx: Math.PI / 2 })],
  ];
}

/** The vase's outer wall, from the floor to its mouth, as [radius, y] pairs. */
function vaseWall(rings) {
  const profile = [];
  for (let i = 0; i <= rings; i++) {
    const t = i / rings;
    const y = t * 0.34;
    const r = 0.055 + 0.06 * Math.sin(Math.PI * Math.min(1, t * 1.25)) + 0.02 * Math.max(0, t - 0.85) * 8;
    profile.push([r, y]);
  }
  return profile;
}

/** A thrown vase: a rounded foot, and a rolled lip where the glaze pools and catches the light. */
function vase(segments = 64, rings = 40) {
  const wall = vaseWall(rings);
  const [r, top] = wall.at(-1);
  const foot = 0.005;
  const profile = [
    [0, 0],
    ...arc(wall[0][0] - foot, foot, foot, -Math.PI / 2, 0, 3),
    ...wall.filter(([, y]) => y > foot && y < top),
    ...arc(r - 0.003, top, 0.003, 0, Math.PI, 5),
    [0.05, 0.3],
  ];
  return [['glaze', lathe(profile, segments)]];
}

function backpack() {
  const parts = [
    ['fabric', at(roundedBox(0.3, 0.42, 0.16, 0.06, 4), { y: 0.21 })],
    ['fabric', at(roundedBox(0.22, 0.16, 0.06, 0.03, 3), { y: 0.13, z: 0.09 })],
    ['leather', at(roundedBox(0.08, 0.05, 0.012, 0.006, 2), { y: 0.26, z: 0.085 })],
    ['leather', at(new THREE.TorusGeometry(0.045, 0.01, 8, 24, Math.PI), { y: 0.41 })],
    ['metal', at(new THREE.CapsuleGeometry(0.006, 0.188, 2, 8), { y: 0.215, z: 0.123, rz: Math.PI / 2 })],
  ];
  for (const x of [-0.08, 0.08]) parts.push(['leather', at(new THREE.TorusGeometry(0.17, 0.012, 8, 32, Math.PI), { x, y: 0.23, z: -0.08, ry: Math.PI / 2, sz: 0.35 })]);
  return parts;
}

function mug() {
  const wall = [[0, 0], [0.04, 0], ...arc(0.04, 0.006, 0.006, -Math.PI / 2, 0, 3), [0.046, 0.1], ...arc(0.043, 0.1, 0.003, 0, Math.PI, 4), [0.04, 0.1], [0.038, 0.008], [0, 0.008]];
  return [
    ['ceramic', lathe(wall, 48)],
    ['ceramic', at(new THREE.TorusGeometry(0.03, 0.007, 10, 24, Math.PI * 1.2), { x: 0.046, y: 0.055, rz: -Math.PI * 0.6 })],
  ];
}

function speaker() {
  const parts = [
    ['wood', at(roundedBox(0.2, 0.32, 0.22, 0.015), { y: 0.16 })],
    ['plastic', at(roundedBox(0.18, 0.3, 0.01, 0.004, 2), { y: 0.16, z: 0.111 })],
  ];
  const driver = (y, r, cone) => [
    ['metal', at(new THREE.TorusGeometry(r, 0.006, 8, 40), { y, z: 0.117 })],
    ['cone', at(lathe([[0, cone], [r * 0.3, cone * 0.7], [r * 0.97, 0]], 40), { y, z: 0.116, rx: Math.PI / 2 })],
  ];
  parts.push(...driver(0.1, 0.065, -0.025), ...driver(0.245, 0.025, 0.012));
  parts.push(['metal', at(new THREE.SphereGeometry(0.012, 16, 8, 0, Math.PI * 2, 0, Math.PI / 2), { y: 0.1, z: 0.1, rx: Math.PI / 2 })]);
  return parts;
}

function stool() {
  // The seat's grain runs straight across it, as in a solid board (a lathe's UVs radiated it like
  // spokes). Its UVs span 0.42 m, which keeps the top and rim (0.21 m from the middle along the
  // profile) inside [0, 1], as mergeParts needs; the grain repeats 4 times across and once along, so a
  // texture covers 0.105 × 0.42 m, the scale it has on the legs (~0.1 m around, 0.45 m along).
  const parts = [['wood', boarded([[0, 0.44], [0.16, 0.44], ...arc(0.16, 0.455, 0.015, -Math.PI / 2, Math.PI / 2, 6), [0, 0.47]], 0.42), [4, 1]]];
  for (let i = 0; i < 3; i++) {
    const a = (i / 3) * Math.PI * 2;
    parts.push(['wood', at(leg(0, 0, 0.45, 0.018, 0.013).rotateZ(0.1), { x: 0.14 * Math.cos(a), z: 0.14 * Math.sin(a), ry: -a })]);
  }
  parts.push(['metal', at(new THREE.TorusGeometry(0.15, 0.007, 8, 48), { y: 0.16, rx: Math.PI / 2 })]);
  return parts;
}

/** The benchmark's heavy model: a sculpted, rippled vase of ~100k triangles with a noise texture. */
function heavyVase() {
  // Its own plain lip and foot: the benchmark's model stays as it was measured.
  const wall = vaseWall(140);
  const geometry = lathe([[0, 0], ...wall, [wall.at(-1)[0] - 0.006, 0.34], [0.05, 0.3]], 360);
  const p = geometry.attributes.position;
  for (let i = 0; i < p.count; i++) {
    const [x, y, z] = [p.getX(i), p.getY(i), p.getZ(i)];
    const k = 1 + 0.04 * Math.sin(Math.atan2(z, x) * 14 + y * 40) * Math.min(1, y * 20);
    p.setXYZ(i, x * k, y, z * k);
  }
  geometry.computeVertexNormals();
  return [['glaze', geometry]];
}

// ── a tiny PNG encoder over zlib, and a seeded value-noise glaze ──

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/**
 * `up`: rows are stored as their difference from the row above (PNG filter 2), which deflate packs far
 * better where rows change slowly, as in the normal maps; off for the noisy colour textures.
 */
function encodePng(width, height, rgb, { up = false } = {}) {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    if (!up || y === 0) {
      rgb.copy(raw, row + 1, y * stride, (y + 1) * stride);
      continue;
    }
    raw[row] = 2;
    for (let i = 0; i < stride; i++) raw[row + 1 + i] = rgb[y * stride + i] - rgb[(y - 1) * stride + i];
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function glazeTexture(size = 128) {
  const random = mulberry32(7);
  const grid = Array.from({ length: 17 * 17 }, random);
  const smooth = (t) => t * t * (3 - 2 * t);
  const rgb = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [gx, gy] = [(x / size) * 16, (y / size) * 16];
      const [ix, iy, fx, fy] = [Math.floor(gx), Math.floor(gy), smooth(gx % 1), smooth(gy % 1)];
      const v = (i, j) => grid[(iy + j) * 17 + ((ix + i) % 16)];
      const n = (v(0, 0) * (1 - fx) + v(1, 0) * fx) * (1 - fy) + (v(0, 1) * (1 - fx) + v(1, 1) * fx) * fy;
      const speck = random() < 0.02 ? 0.55 : 1;
      const shade = (0.75 + 0.35 * n) * speck;
      rgb.set([Math.min(255, 230 * shade), Math.min(255, 215 * shade), Math.min(255, 190 * shade)], (y * size + x) * 3);
    }
  }
  return encodePng(size, size, rgb);
}

// The fabric's twill, one scale for its colour and its relief: 128 threads across a face (~5 mm each
// on the chair's seat; 2 cm threads read as wicker). The relief is a tile of WEAVE_TILE threads that
// the material repeats WEAVE_REPEAT times (KHR_texture_transform); the Tweed variant's weave.png is
// applied by the viewer without a repeat, so it draws all WEAVE_THREADS itself. Both count threads
// from the same corner of the UVs with the same twill (`twill`), so colour and relief threads coincide.
const [WEAVE_TILE, WEAVE_REPEAT] = [8, 16];
const WEAVE_THREADS = WEAVE_TILE * WEAVE_REPEAT;

/**
 * The twill at (u, v), counted in threads: the warp (along v) passes over two wefts and under two,
 * shifted by one each row. `warp`: whether the warp is on top there; `height`: 0..1, the thread on top
 * bulging across its width and rising along its float, dipping where it passes under.
 */
function twill(u, v) {
  const phase = (Math.floor(u) + Math.floor(v)) % 4;
  const warp = phase < 2;
  const across = warp ? u % 1 : v % 1;
  const float = ((warp ? phase : phase - 2) + (warp ? v % 1 : u % 1)) / 2; // 0..1 over its two crossings
  return { warp, height: Math.sqrt(Math.sin(Math.PI * across)) * (0.55 + 0.45 * Math.sin(Math.PI * float)) };
}

/**
 * The chair's "Tweed" fabric texture, light and neutral (the variant's colour tints it): the twill's
 * colour, 4 px a thread, the warp lighter than the weft and each thread darker where its relief dips.
 * Tweed's flecks: a few crossings (seeded) are darker or lighter; per-pixel noise would not compress
 * (a 512 px weave with it is ~300 KB).
 */
function weaveTexture(size = 512, threads = WEAVE_THREADS) {
  const random = mulberry32(11);
  const fleck = Array.from({ length: threads * threads }, () => {
    const r = random();
    return r < 0.08 ? 0.82 : r > 0.94 ? 1.07 : 1;
  });
  const rgb = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [u, v] = [((x + 0.5) / size) * threads, ((y + 0.5) / size) * threads];
      const { warp, height } = twill(u, v);
      const shade = (warp ? 0.92 : 0.72) * (0.75 + 0.25 * height) * fleck[Math.floor(v) * threads + Math.floor(u)];
      rgb.set([255 * shade, 250 * shade, 240 * shade], (y * size + x) * 3);
    }
  }
  return encodePng(size, size, rgb);
}

/** The twill's relief, one tile of WEAVE_TILE threads (8 px a thread, so each is rounded). */
function weaveHeight(size = 64, threads = WEAVE_TILE) {
  const height = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) height[y * size + x] = twill(((x + 0.5) / size) * threads, ((y + 0.5) / size) * threads).height;
  }
  return { width: size, height: size, values: height };
}

/**
 * Oak's grain, light and neutral (each material's colour tints it): long streaks along the texture's
 * v axis, wavering a little, with darker late-wood lines. Applied to every product's wood.
 */
function grainTexture(width = 64, height = 256) {
  const random = mulberry32(23);
  const dark = lateWood(width, height, 1, random);
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const shade = (1 - 0.09 * dark[i]) * (0.97 + 0.03 * random());
    rgb.set([255 * shade, 246 * shade, 236 * shade], i * 3);
  }
  return encodePng(width, height, rgb);
}

/**
 * How dark each pixel's late wood is, 0..1: the grain's lines, drawn with `random`'s first numbers,
 * on an image `step` times coarser than the colour's (same lines, same places in UV space).
 */
function lateWood(width, height, step, random) {
  const [W, H] = [width * step, height * step];
  const lines = Array.from({ length: 14 }, () => [random() * W, 0.6 + random() * 1.6, random() * Math.PI * 2]);
  const dark = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let value = 0;
      for (const [at, strength, phase] of lines) {
        const wave = at + 2.5 * Math.sin(((y * step) / H) * Math.PI * 4 + phase);
        const distance = Math.min(Math.abs(x * step - wave), W - Math.abs(x * step - wave)); // wraps across
        value = Math.max(value, strength * Math.exp(-(distance * distance) / 1.5));
      }
      dark[y * width + x] = Math.min(1, value);
    }
  }
  return dark;
}

/**
 * The grain's relief: oak's late wood is open-pored, so its lines are shallow grooves. At half the
 * colour's resolution (a quarter of the bytes); the grooves are soft anyway. Heights are in the
 * relief image's pixels, so the slopes stay those of the full-size lines.
 */
function grainHeight(width = 32, height = 128) {
  const dark = lateWood(width, height, 64 / width, mulberry32(23));
  return { width, height, values: dark.map((d) => -d / (64 / width)) };
}

/**
 * A tangent-space normal map (glTF's: +x along u, +y towards the image's top) from a tiling height
 * field, by a Sobel filter; `strength` scales the slopes before they are normalised.
 */
function normalMap({ width, height, values }, strength) {
  const h = (x, y) => values[((y + height) % height) * width + ((x + width) % width)];
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = h(x + 1, y - 1) + 2 * h(x + 1, y) + h(x + 1, y + 1) - h(x - 1, y - 1) - 2 * h(x - 1, y) - h(x - 1, y + 1);
      const dy = h(x - 1, y + 1) + 2 * h(x, y + 1) + h(x + 1, y + 1) - h(x - 1, y - 1) - 2 * h(x, y - 1) - h(x + 1, y - 1);
      const n = new THREE.Vector3((-dx / 8) * strength, (dy / 8) * strength, 1).normalize();
      rgb.set([n.x, n.y, n.z].map((c) => Math.round((c * 0.5 + 0.5) * 255)), (y * width + x) * 3);
    }
  }
  return encodePng(width, height, rgb, { up: true });
}

// ── glTF-Transform: one primitive per material, meshopt + quantization ──

function mergeParts(parts) {
  const positions = [];
  const normals = [];
  const uvs = [];
  const indices = [];
  for (const geometry of parts) {
    const base = positions.length / 3;
    for (const v of geometry.attributes.position.array) positions.push(v);
    for (const v of geometry.attributes.normal.array) normals.push(v);
    // Clamped: rounded boxes' UVs stray past [0, 1] by rounding errors, capsules' by design (on parts
    // no texture reaches), and one stray value leaves the whole primitive's UVs unquantized floats.
    for (const v of geometry.attributes.uv?.array ?? new Float32Array(geometry.attributes.position.count * 2)) uvs.push(Math.min(1, Math.max(0, v)));
    const index = geometry.index ? geometry.index.array : Array.from({ length: geometry.attributes.position.count }, (_, i) => i);
    for (const i of index) indices.push(base + i);
  }
  return { positions: new Float32Array(positions), normals: new Float32Array(normals), uvs: new Float32Array(uvs), indices: new Uint32Array(indices) };
}

async function writeProduct({ name, file, parts, variants = [], texture, woodRelief = WOOD_NORMAL_SCALE }) {
  const document = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = document.createBuffer();
  const scene = document.createScene(name);
  const root = document.createNode(name);
  scene.addChild(root);
  const byMaterial = new Map();
  // A part may repeat its textures [u, v] times (['wood', geometry, [4, 1]]): it gets a material of its
  // own, of the same name, so that variants change it too.
  for (const [materialName, geometry, repeat] of parts) {
    const key = `${materialName} ${repeat ?? ''}`;
    if (!byMaterial.has(key)) byMaterial.set(key, { materialName, repeat, geometries: [] });
    byMaterial.get(key).geometries.push(geometry);
  }
  let triangles = 0;
  // One image per kind, shared by every material of that kind in the file.
  const images = new Map();
  const image = (name, png) => images.get(name) ?? images.set(name, document.createTexture(name).setImage(png).setMimeType('image/png')).get(name);
  for (const { materialName, repeat, geometries } of byMaterial.values()) {
    const base = MATERIALS[materialName] ?? MATERIALS.plastic;
    const material = document
      .createMaterial(materialName)
      .setBaseColorFactor([...base.color, 1])
      .setRoughnessFactor(base.roughness)
      .setMetallicFactor(base.metalness)
      .setDoubleSided(materialName === 'shade' || materialName === 'cone');
    if (texture && materialName === texture.material) {
      material.setBaseColorTexture(document.createTexture('glaze-noise').setImage(texture.png).setMimeType('image/png'));
    }
    if (materialName === 'wood') material.setBaseColorTexture(image('oak-grain', GRAIN)).setNormalTexture(image('oak-grain-normal', GRAIN_NORMAL)).setNormalScale(woodRelief);
    for (const info of repeat ? [material.getBaseColorTextureInfo(), material.getNormalTextureInfo()] : []) {
      info?.setExtension('KHR_texture_transform', document.createExtension(KHRTextureTransform).createTransform().setScale(repeat));
    }
    if (materialName === 'fabric') {
      material.setNormalTexture(image('weave-normal', WEAVE_NORMAL)).setNormalScale(FABRIC_NORMAL_SCALE);
      // Repeated: a face's UVs span the whole texture, which holds one tile of WEAVE_TILE threads.
      const tiles = document.createExtension(KHRTextureTransform).createTransform().setScale([WEAVE_REPEAT, WEAVE_REPEAT]);
      material.getNormalTextureInfo().setExtension('KHR_texture_transform', tiles);
    }
    const merged = mergeParts(geometries);
    triangles += merged.indices.length / 3;
    const accessor = (type, array) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
    const primitive = document
      .createPrimitive()
      .setMaterial(material)
      .setIndices(accessor('SCALAR', merged.indices))
      .setAttribute('POSITION', accessor('VEC3', merged.positions))
      .setAttribute('NORMAL', accessor('VEC3', merged.normals))
      .setAttribute('TEXCOORD_0', accessor('VEC2', merged.uvs));
    root.addChild(document.createNode(materialName).setMesh(document.createMesh(materialName).addPrimitive(primitive)));
  }
  // keepAttributes: UVs stay on materials without a texture, for a variant that brings one (Tweed).
  await document.transform(dedup(), weld(), prune({ keepAttributes: true }), meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  const glb = await io.writeBinary(document);
  emit(file, glb);
  return { name, file, triangles, bytes: glb.byteLength, materials: [...new Set(parts.map(([materialName]) => materialName))], variants };
}

await MeshoptEncoder.ready;
const GRAIN = grainTexture();
const GRAIN_NORMAL = normalMap(grainHeight(), 1.5);
const WEAVE_NORMAL = normalMap(weaveHeight(), 2);
// normalTexture.scale: how far the relief tilts the light; more reads as noise at a showroom's distance.
// A product whose faces stretch the grain wide (the speaker's cabinet) sets its own `woodRelief`: the
// same tilt over a wider groove reads as carving.
const [WOOD_NORMAL_SCALE, FABRIC_NORMAL_SCALE] = [0.5, 0.7];
const PRODUCTS = [
  { name: 'Aster lounge chair', file: 'aster-chair.glb', parts: chair(), variants: FABRIC_VARIANTS },
  {
    name: 'Kite sneaker',
    file: 'sneaker.glb',
    parts: sneaker(),
    variants: [
      { id: 'chalk', label: 'Chalk', swatch: '#e8e4dc', materials: { fabric: { color: '#e8e4dc' } } },
      { id: 'navy', label: 'Navy', swatch: '#24324f', materials: { fabric: { color: '#24324f' }, laces: { color: '#f2f2f2' } } },
      { id: 'coral', label: 'Coral', swatch: '#e06c5a', materials: { fabric: { color: '#e06c5a' } } },
    ],
  },
  {
    name: 'Halo table lamp',
    file: 'table-lamp.glb',
    parts: lamp(),
    variants: [
      { id: 'linen', label: 'Linen', swatch: '#f2ead8', materials: { shade: { color: '#f2ead8' } } },
      { id: 'sage', label: 'Sage', swatch: '#9fae8f', materials: { shade: { color: '#9fae8f' }, ceramic: { color: '#6f7d63' } } },
    ],
  },
  {
    name: 'Tide ceramic vase',
    file: 'vase.glb',
    parts: vase(),
    variants: [
      { id: 'lagoon', label: 'Lagoon', swatch: '#33596f', materials: { glaze: { color: '#33596f' } } },
      { id: 'sand', label: 'Sand', swatch: '#d8c6a3', materials: { glaze: { color: '#d8c6a3', roughness: 0.5 } } },
    ],
  },
  {
    name: 'Trail backpack',
    file: 'backpack.glb',
    parts: backpack(),
    variants: [
      { id: 'olive', label: 'Olive', swatch: '#5f6a3c', materials: { fabric: { color: '#5f6a3c' } } },
      { id: 'charcoal', label: 'Charcoal', swatch: '#34363a', materials: { fabric: { color: '#34363a' } } },
    ],
  },
  {
    name: 'Morning mug',
    file: 'mug.glb',
    parts: mug(),
    variants: [
      { id: 'cream', label: 'Cream', swatch: '#efe6d2', materials: { ceramic: { color: '#efe6d2' } } },
      { id: 'cobalt', label: 'Cobalt', swatch: '#2f4f9e', materials: { ceramic: { color: '#2f4f9e', roughness: 0.15 } } },
    ],
  },
  {
    name: 'Studio speaker',
    file: 'speaker.glb',
    parts: speaker(),
    woodRelief: 0.15, // a lacquered veneer
    variants: [
      { id: 'walnut', label: 'Walnut', swatch: '#5a3a22', materials: { wood: { color: '#5a3a22' } } },
      { id: 'ash', label: 'Ash', swatch: '#cdb48e', materials: { wood: { color: '#cdb48e' } } },
    ],
  },
  {
    name: 'Tripod stool',
    file: 'stool.glb',
    parts: stool(),
    variants: [
      { id: 'oak', label: 'Oak', swatch: '#b08456', materials: { wood: { color: '#b08456' } } },
      { id: 'black', label: 'Black', swatch: '#222222', materials: { wood: { color: '#222222', roughness: 0.4 } } },
    ],
  },
  { name: 'Sculpted vase (benchmark, heavy)', file: 'heavy.glb', parts: heavyVase(), texture: { material: 'glaze', png: glazeTexture() } },
];

emit('weave.png', weaveTexture());
const manifest = [];
for (const product of PRODUCTS) manifest.push(await writeProduct(product));
emit('models.json', `${JSON.stringify({ models: manifest }, null, 2)}\n`);
console.table(manifest.map(({ name, file, triangles, bytes, materials }) => ({ file, name, triangles, KB: +(bytes / 1024).toFixed(1), materials: materials.join(' ') })));
console.log(`${manifest.length} models in ${Math.round(performance.now() - started)} ms`);
if (stale.length) {
  console.error(`Regenerating changes ${stale.join(', ')}: run node demo/models/make-models.mjs and commit the files.`);
  process.exit(1);
}
