import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../packages/contracts/src/index.js';

// The demo's published configs are what a first-time visitor sees: each must pass the same
// validation the widget runs, and every local file it names must exist in the demo folder.
const demo = fileURLToPath(new URL('../../../demo/', import.meta.url));
const files = readdirSync(`${demo}configs`).filter((name) => name.endsWith('.json'));

/** Every string value that looks like a same-origin path ("/models/x.glb"). */
function localUrls(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('/') && !value.startsWith('//') && value.length > 1 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(localUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(localUrls);
  return [];
}

describe('demo/configs', () => {
  it('has the product page config and eight category configs', () => {
    expect(files).toContain('aster-chair.json');
    expect(files.filter((name) => name !== 'aster-chair.json')).toHaveLength(8);
  });

  it.each(files)('%s is valid, with no warnings, and its id matches its file name', (file) => {
    const input: unknown = JSON.parse(readFileSync(`${demo}configs/${file}`, 'utf8'));
    const { config, errors, warnings } = validateConfig(input);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s names only files the demo serves', (file) => {
    const input: unknown = JSON.parse(readFileSync(`${demo}configs/${file}`, 'utf8'));
    // "/" (a link home) and "#anchors" are pages, not files.
    const missing = localUrls(input).filter((url) => !existsSync(`${demo}${url.slice(1).split('#')[0]}`));
    expect(missing).toEqual([]);
  });
});
