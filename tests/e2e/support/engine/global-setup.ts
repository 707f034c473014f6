import type { FullConfig } from '@playwright/test';
import { findEngines } from '../../../../scripts/find-engines.mjs';

/** Says which engines this run drives, and loudly which it skips because they are not installed. */
export default function globalSetup(config: FullConfig): void {
  const engines = findEngines();
  const where = { chromium: engines.chromium, firefox: engines.firefox, webkit: engines.webkit?.browser };
  const projects = config.projects.map((p) => p.name).filter((name): name is keyof typeof where => name in where);
  console.log(`\nengines: ${projects.map((name) => `${name} (${where[name]})`).join(', ')}`);
  for (const [name, missing] of Object.entries(engines.missing)) {
    console.log(`⚠ ${name}: SKIPPED, not installed: ${missing} (run scripts/ensure-browsers.sh as root, or see it)`);
  }
}
