import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_ID } from './config-id.js';
import type { ConfigStore } from './config-store.js';

/**
 * Seeds the store from `{dir}/{id}.json`: each config not yet in the store becomes version 1,
 * published when valid. Files that cannot be read or are not valid are skipped with a log line
 * naming them and the problem; resolves with the ids seeded.
 */
export async function seedConfigs(store: ConfigStore, dir: string, log: (line: string) => void): Promise<string[]> {
  const known = new Set((await store.list()).map((summary) => summary.id));
  const seeded: string[] = [];
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()) {
    const id = file.slice(0, -'.json'.length);
    if (known.has(id)) continue;
    if (!CONFIG_ID.test(id)) {
      log(`configs: skipped ${file}: the file name must be a config id ([a-z0-9-], at most 64) plus .json`);
      continue;
    }
    let config: unknown;
    try {
      config = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (error) {
      log(`configs: skipped ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      log(`configs: skipped ${file}: it must hold a JSON object`);
      continue;
    }
    const saved = await store.save(id, config as Record<string, unknown>, { author: 'seed', label: `From ${file}` });
    if (saved.errors.length > 0) log(`configs: ${file} saved as version ${saved.version} but not published:\n${saved.errors.map((p) => `- ${p.message}`).join('\n')}`);
    else await store.publish(id, saved.version);
    seeded.push(id);
  }
  return seeded;
}
