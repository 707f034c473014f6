// Empties every package's dist/ before a build: rollup only adds and overwrites, so a file the
// sources no longer make (a moved module's declarations, an old chunk) would stay and be packed.
import { readdirSync, rmSync } from 'node:fs';

for (const pkg of readdirSync(new URL('../packages/', import.meta.url))) {
  rmSync(new URL(`../packages/${pkg}/dist/`, import.meta.url), { recursive: true, force: true });
}
