import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyExperiments } from '../../../../packages/contracts/src/config/apply-experiments.js';
import type { ShowroomConfig } from '../../../../packages/contracts/src/config/showroom-config.js';
import { validateConfig } from '../../../../packages/contracts/src/config/validate-config.js';
import { asterChair, urlFields } from './aster-chair.js';

const RUNS = { numRuns: 2_000, seed: 20_261_123 };
const EVIL = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\nscript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '//evil.example/x.glb',
  '/\\evil.example/x.glb',
  '\\\\evil.example\\x.glb',
  'data:text/html,<script>alert(1)</script>',
  'data:model/gltf-binary;base64,Z2xURg==',
  'http://evil.example/x.glb',
  'https://user:pass@evil.example/x.glb',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/1',
  'file:///etc/passwd',
  '<img src=x onerror=alert(1)>',
  '__proto__',
];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'href', 'model', 'media', 'type', 'id', 'polluted'];
const URL_KEYS = new Set(['href', 'model', 'poster', 'usdz', 'texture', 'media', 'image']);
const BASE = new URL('https://shop.example/products/aster');

/** JSON values rich in hostile strings and prototype-named keys (made own properties, as JSON.parse does). */
const { value: hostileJson } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...EVIL),
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value')), { maxLength: 4 }).map(ownObject),
  ),
}));

/** An independent check of an accepted URL: absolute https:, or relative and so kept on the page's origin. */
function staysSafe(url: string): boolean {
  if (/^https:\/\//.test(url)) return new URL(url).protocol === 'https:';
  const resolved = new URL(url, BASE);
  return resolved.protocol === 'https:' && resolved.host === BASE.host;
}

function allSafe(config: ShowroomConfig): boolean {
  return urlFields(config).every(({ url }) => staysSafe(url));
}

describe('validateConfig under fuzzing', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const expectNoPollution = (): void => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  };

  it('never throws on arbitrary JSON, and refuses anything that is not a showroom', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateConfig(input);
        return result.config === undefined && result.errors.length > 0 && result.errors.length <= 50;
      }),
      RUNS,
    );
    expectNoPollution();
  });

  it('never throws on mutations of a valid config, accepts only safe URLs, and pollutes nothing', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation(), { minLength: 1, maxLength: 4 }), fc.string(), (mutations, visitor) => {
        const input = asterChair();
        for (const mutate of mutations) mutate(input);
        const { config } = validateConfig(input);
        if (!config) return true;
        accepted++;
        return allSafe(config) && allSafe(applyExperiments(config, visitor).config);
      }),
      RUNS,
    );
    expectNoPollution();
    // Some mutations (a text replaced by another text) keep the config valid: both branches are exercised.
    expect(accepted).toBeGreaterThan(20);
  });

  it('always refuses a config whose URL field is not https: or relative', () => {
    const urlPaths = nodePaths(asterChair()).filter((path) => URL_KEYS.has(String(path.at(-1))));
    expect(urlPaths.length).toBeGreaterThan(10);
    const badUrl = fc.oneof(
      fc.constantFrom(...EVIL.filter((url) => url !== '__proto__' && !url.startsWith('<'))),
      fc.tuple(fc.constantFrom('http:', 'HTTP:', 'ftp:', 'data:', 'javascript:', 'file:', 'blob:', 'ws:', 'wss:', 'mailto:', '//', '/\\', '\\\\', ' https:'), fc.string()).map(([scheme, rest]) => scheme + rest),
      fc.webUrl({ validSchemes: ['http', 'ftp', 'ws'] }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...urlPaths), badUrl, (path, url) => {
        const input = asterChair();
        setAt(input, path, url);
        const result = validateConfig(input);
        return result.config === undefined && result.errors.some((error) => error.message.endsWith('must be an https: URL or a relative path'));
      }),
      RUNS,
    );
  });

  it('never throws and never applies an unsafe URL from a fuzzed experiment patch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('product', 'theme', 'experiences', 'locale', 'strings', 'trigger', 'privacy', '__proto__', 'constructor'), hostileJson), { maxLength: 4 }).map(ownObject),
        fc.string(),
        (patch, visitor) => {
          const input = asterChair();
          input.experiments[0].arms = [{ id: 'only', weight: 1, patch }, { id: 'never', weight: 1e-9 }];
          const { config } = validateConfig(input);
          return !config || allSafe(applyExperiments(config, visitor).config);
        },
      ),
      RUNS,
    );
    expectNoPollution();
  });
});

type Path = (string | number)[];

/** A change to a config: replace any node by any JSON value, add a key, or remove one. */
function mutation(): fc.Arbitrary<(config: ShowroomConfig) => void> {
  const paths = nodePaths(asterChair());
  const objectPaths = paths.filter((path) => isObject(getAt(asterChair(), path)));
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), hostileJson).map(([path, value]) => (config: ShowroomConfig) => setAt(config, path, value)),
    fc.tuple(fc.constantFrom(...objectPaths), fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileJson).map(
      ([path, key, value]) => (config: ShowroomConfig) => setAt(config, [...path, key], value),
    ),
    fc.constantFrom(...paths).map((path) => (config: ShowroomConfig) => {
      const parent = getAt(config, path.slice(0, -1));
      if (isObject(parent)) delete parent[String(path.at(-1))];
    }),
  );
}

function nodePaths(value: unknown, path: Path = []): Path[] {
  const children = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : isObject(value) ? Object.entries(value) : [];
  return [path, ...children.flatMap(([key, child]) => nodePaths(child, [...path, key]))].filter((p) => p.length > 0);
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined), root);
}

/** Sets a value as an own property (as JSON.parse would), even for `__proto__`; skips missing parents. */
function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null) {
    Object.defineProperty(parent, String(path.at(-1)), { value, enumerable: true, writable: true, configurable: true });
  }
}

function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
