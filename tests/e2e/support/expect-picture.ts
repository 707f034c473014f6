import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** How far a picture may stray from its reference (the options of Playwright's toHaveScreenshot). */
export interface Tolerance {
  /** A pixel counts as different past this YIQ colour distance (pixelmatch), 0 to 1. */
  threshold: number;
  /** The share of all pixels that may differ, 0 to 1. */
  maxDiffPixelRatio: number;
}

type Comparator = (actual: Buffer, expected: Buffer, options: Tolerance) => { errorMessage: string; diff?: Buffer } | null;

// The comparator toHaveScreenshot itself uses (pixelmatch; a translucent pixel is blended over white
// first), taken from the playwright-core that the pinned @playwright/test installs: the bundle is an
// exported path of the package, its types are not.
const { utils } = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as { utils: { getComparator(mimeType: 'image/png'): Comparator } };
const comparePng = utils.getComparator('image/png');

/**
 * Checks `png` against the project's reference picture `name`, where toHaveScreenshot keeps its own
 * (`<spec>-snapshots/<name>-<project>-linux.png`), so each engine has its own references. A picture
 * past `tolerance` fails the test softly, with `what` in the message, and leaves its actual, expected
 * and diff pictures in the test's output folder (attached to the report). A missing reference is
 * written and fails; `UPDATE_REFERENCES=1` (or `--update-snapshots`) rewrites those that differ.
 */
export function expectPicture(png: Buffer, name: string, tolerance: Tolerance, what: string): void {
  const info = test.info();
  const reference = info.snapshotPath(name, { kind: 'screenshot' });
  const update = process.env['UPDATE_REFERENCES'] === '1' || info.config.updateSnapshots === 'all' || info.config.updateSnapshots === 'changed';
  const expected = existsSync(reference) ? readFileSync(reference) : undefined;
  const result = expected ? comparePng(png, expected, tolerance) : { errorMessage: 'no reference picture yet' };
  if (!result && info.config.updateSnapshots !== 'all') return;
  if (update || !expected) {
    write(reference, png);
    console.log(`${what}: wrote ${path.relative(process.cwd(), reference)}`);
    // A missing reference fails the run that writes it, as toHaveScreenshot's does: a new one is looked at.
    expect.soft(expected !== undefined || update, `${what}: no reference picture yet, wrote ${reference}`).toBe(true);
    return;
  }
  const stem = name.replace(/\.png$/, '');
  const pictures = { actual: png, expected, diff: result?.diff };
  for (const [kind, body] of Object.entries(pictures)) {
    if (!body) continue;
    const file = info.outputPath(`${stem}-${kind}.png`);
    write(file, body);
    void info.attach(`${stem}-${kind}`, { path: file, contentType: 'image/png' });
  }
  expect.soft(result?.errorMessage, `${what} differs from ${path.basename(reference)} (actual and diff in ${info.outputDir})`).toBeUndefined();
}

function write(file: string, body: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
}
