// `npm test`: every check, in the order that fails fastest. Each step prints its own output;
// the first failing step stops the run with its exit code.
import { spawnSync } from 'node:child_process';

const steps = [
  ['browsers', 'bash', ['scripts/ensure-browsers.sh']],
  ['build', 'npm', ['run', '--silent', 'build']],
  // The committed demo models are exactly what their script makes (it writes nothing here).
  ['models', 'node', ['demo/models/make-models.mjs', '--check']],
  ['types', 'npx', ['tsc', '-b']],
  ['unit', 'npx', ['vitest', 'run']],
  ['size', 'node', ['scripts/check-size.mjs']],
  ['packages', 'node', ['scripts/check-packages.mjs']],
  ['e2e', 'npx', ['playwright', 'test']],
];

for (const [name, command, args] of steps) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status})`);
    process.exit(status || 1);
  }
}
console.log('\n✓ all checks passed');
