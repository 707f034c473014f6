import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('scripts/config-reference.mjs', () => {
  it("prints the table README.md shows, so the README's config reference matches the schema", () => {
    const generated = execFileSync(process.execPath, ['scripts/config-reference.mjs'], { cwd: root, encoding: 'utf8' }).trim();
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const embedded = /<!-- config-reference:start[^>]*-->\n([\s\S]*?)\n<!-- config-reference:end -->/.exec(readme)?.[1];
    expect(embedded, 'README.md has the config-reference markers').toBeDefined();
    expect(embedded).toBe(generated);
  });

  it('has a row for every top-level field of the schema', () => {
    const schema = JSON.parse(readFileSync(`${root}packages/contracts/src/config/showroom.schema.json`, 'utf8')) as { properties: object };
    const generated = execFileSync(process.execPath, ['scripts/config-reference.mjs'], { cwd: root, encoding: 'utf8' });
    for (const key of Object.keys(schema.properties)) expect(generated).toContain(`| \`${key}\` |`);
  });
});
