import { join } from 'node:path';
import type { DemoOptions } from './demo-options.js';

/**
 * What `npm start` serves, given the repository root: the shop in demo/, the built tracker and
 * showroom, the demo's models and its published configs. The e2e suite starts the same site.
 */
export function demoSite(repoRoot: string): { demo: DemoOptions; configsDir: string } {
  return {
    demo: {
      root: join(repoRoot, 'demo'),
      mounts: {
        '/tracker/': join(repoRoot, 'packages/tracker/dist'),
        '/showroom/': join(repoRoot, 'packages/showroom/dist'),
        '/models/': join(repoRoot, 'demo/models'),
      },
    },
    configsDir: join(repoRoot, 'demo/configs'),
  };
}
